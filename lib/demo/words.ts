// Vocabulary for demo networks. Varied names and ordinary knowledge-work topics.
export const FIRST_NAMES = [
  'Amara',
  'Ben',
  'Chen',
  'Dara',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Maya',
  'Nikolai',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Aiko',
  'Bilal',
  'Carmen',
  'Dmitri',
  'Esi',
  'Felix',
  'Gita',
  'Hannah',
  'Ibrahim',
  'Julia',
  'Kofi',
  'Lena',
  'Marco',
  'Noor',
  'Oscar',
  'Paula',
  'Rahul',
  'Sofia',
  'Tariq',
  'Valeria',
  'Wanjiru',
  'Yara',
] as const;

export const LAST_NAMES = [
  'Adeyemi',
  'Becker',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fujita',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lindqvist',
  'Mensah',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quispe',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ulloa',
  'Varga',
  'Wójcik',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Ahmed',
  'Brennan',
  'Chowdhury',
  'Diallo',
  'Evans',
  'Ferreira',
  'Gupta',
  'Hoffmann',
  'Ito',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nguyen',
  'Osei',
] as const;

export const ROLES = {
  up: ['Head of Product', 'Engineering Director', 'VP Operations', 'Principal Designer', 'Chief of Staff', 'Research Lead'],
  peer: ['Product Manager', 'Senior Engineer', 'Data Analyst', 'UX Researcher', 'Account Lead', 'Content Designer'],
  down: ['Junior Developer', 'Associate PM', 'Design Intern', 'Graduate Analyst', 'Support Engineer', 'New Team Lead'],
  outside: ['Founder', 'Consultant', 'Professor', 'Community Organiser', 'Author', 'Former Manager'],
} as const;

export const LEARN_FROM = [
  'how to frame a decision for executives',
  'running calm incident reviews',
  'negotiating scope without losing trust',
  'reading a P&L',
  'writing a one-page strategy',
  'giving feedback that lands',
  'interviewing customers well',
  'what the newest tools make easy',
  'how support sees our product',
  'pacing a roadmap',
  'public speaking without slides',
  'hiring for potential',
] as const;

export const TEACH_BACK = [
  'how I structure a design review',
  'the SQL tricks I use for quick answers',
  'our on-call checklist',
  'what customers told us last quarter',
  'how I plan a week in ninety minutes',
  'the accessibility basics I check first',
  'how to write a crisp pull-request description',
  'the facilitation format that keeps retros short',
  'what I learned moving from engineering to product',
  'my template for one-page proposals',
] as const;

export const TAGS = ['career', 'craft', 'leadership', 'writing', 'data', 'design', 'strategy', 'wellbeing'] as const;

export const GOALS = [
  { title: 'Lead a cross-team project end to end', measure: 'Ship the Q3 migration with two teams' },
  { title: 'Speak confidently to senior leaders', measure: 'Present twice at the monthly review' },
  { title: 'Grow two people into leads', measure: 'Both lead a project by spring' },
  { title: 'Learn the business side', measure: 'Build and defend next year’s budget' },
  { title: 'Write more, and better', measure: 'One internal post a month' },
  { title: 'Move into product management', measure: 'Own a feature from discovery to launch' },
  { title: 'Build a network outside the company', measure: 'Five real conversations a quarter' },
] as const;

export const AGENDA = [
  'Feedback on last week’s presentation',
  'Preparing for the planning offsite',
  'How to say no to a senior stakeholder',
  'Career path: specialist or manager?',
  'Review of my draft proposal',
  'Hiring: what to look for',
  'A tricky conversation with a peer',
  'Their question about our data pipeline',
  'Book we both read',
  'Handling a missed deadline',
] as const;

export const ACTIONS = [
  'Send the draft proposal',
  'Share the interview checklist',
  'Introduce to the data platform team',
  'Read the chapter on delegation',
  'Book a slot at the design critique',
  'Try the weekly planning template',
  'Write up what went wrong in the launch',
  'Ask the sales lead for a shadowing day',
  'Send two examples of strong one-pagers',
  'Review the pull request together',
] as const;

export const AGREEMENTS = [
  'Meet every two weeks; I schedule',
  'Keep what we discuss between us',
  'Try the new review format before next time',
  'Swap notes on the book by the end of the month',
  'Focus next time on the budget conversation',
] as const;

/** Answers to prompts of the bank (content/prompts.json), one per element, so the review can group them. */
export const REFLECTIONS = [
  {
    promptId: 'p-reciprocity-01',
    prompt: 'What could you teach the person you are learning the most from this month?',
    text: 'She keeps asking how I set up the release dashboards. Twenty minutes at our next meeting would cover it.',
  },
  {
    promptId: 'p-learning-01',
    prompt: 'What do you understand better today than a week ago, and who helped?',
    text: 'How the budget review really works. Marco drew it on the whiteboard for me in ten minutes.',
  },
  {
    promptId: 'p-relationship-01',
    prompt: 'What do you know about your mentor beyond their job title?',
    text: 'He coached a rowing crew for years, and still plans his week the way a coach would.',
  },
  {
    promptId: 'p-partnership-01',
    prompt: 'Who books the meetings with each of your mentors, and do they all know it?',
    text: 'I book with two of them; the third thinks I book ours too. I will say so next time.',
  },
  {
    promptId: 'p-collaboration-01',
    prompt: 'Which problem are you and a peer in another team both stuck on?',
    text: 'Flaky end-to-end tests. Sam’s team has the same trouble, so we compare notes on Friday.',
  },
  {
    promptId: 'p-goals-01',
    prompt: 'Which one skill would you most like to have a year from now?',
    text: 'Running a workshop without notes. I have offered to lead the next onboarding session.',
  },
  {
    promptId: 'p-development-01',
    prompt: 'Who is a step or two ahead of you on a path you might take?',
    text: 'Lena moved from engineering into product last year. I want to ask her what surprised her.',
  },
] as const;

export const INSIGHTS = [
  'Decide what the meeting is for before booking it.',
  'Ask “what would make this a good hour for you?” first.',
  'A draft shared early beats a perfect draft shared late.',
  'Give the reason before the request.',
  'Silence is a tool: wait three seconds before answering.',
  'Write the decision, the owner and the date — every time.',
] as const;

export const PAGES = [
  { title: 'Mentorship — Wikipedia', url: 'https://en.wikipedia.org/wiki/Mentorship' },
  { title: 'Reverse mentoring — Wikipedia', url: 'https://en.wikipedia.org/wiki/Reverse_mentoring' },
  { title: 'Peer mentoring — Wikipedia', url: 'https://en.wikipedia.org/wiki/Peer_mentoring' },
  { title: 'Spaced repetition — Wikipedia', url: 'https://en.wikipedia.org/wiki/Spaced_repetition' },
] as const;

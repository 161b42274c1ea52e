/** Where internal links point inside the dashboard. */
export const dashboardLink = (kind: string, id: string) => `#/library/${kind}/${id}`;

/** Where internal links point on the static site, from a page `depth` folders below its root. */
export const siteLink =
  (depth: number) =>
  (kind: string, id: string): string => {
    const up = '../'.repeat(depth);
    return kind === 'guide' ? `${up}guide.html` : `${up}${kind === 'lesson' ? 'lessons' : 'cases'}/${id}.html`;
  };

// The rotation names the user's own prompts apart from the bank's: the ids of both end up in the
// same lists (the shown history, the prompts set aside).
const OWN = 'user:';

export const ownPoolId = (promptId: string): string => `${OWN}${promptId}`;

/** The user's prompt a pool id names, or undefined for a bank prompt. */
export const ownPromptId = (poolId: string): string | undefined => (poolId.startsWith(OWN) ? poolId.slice(OWN.length) : undefined);

/** The /claims application command, as registered with Discord (plain JSON, shared by the register script and tests). */
export const CLAIMS_COMMAND = {
  name: 'claims',
  description: 'Ask the paper a question, or: summary | define <term> | claims [topic] | source <n> | help',
  type: 1,
  dm_permission: true,
  options: [
    { type: 3, name: 'question', description: 'Your question or command, e.g. "what does IL26 activate?"', required: true, max_length: 1000 },
    { type: 5, name: 'public', description: 'Post the answer for everyone in the channel (default: only you see it)', required: false },
  ],
} as const;

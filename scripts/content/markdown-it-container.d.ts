// markdown-it-container ships no types; this is the part we use.
declare module 'markdown-it-container' {
  import type { MarkdownIt } from 'markdown-it';
  const container: (
    md: MarkdownIt,
    name: string,
    options?: { validate?: (params: string) => boolean; marker?: string },
  ) => void;
  export default container;
}

// Content problems are collected, not thrown one at a time, so a writer sees every problem in
// one build. Each carries the file (relative to the project) and the 1-based line.

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export class ContentProblems {
  readonly list: ContentProblem[] = [];

  add(file: string, line: number, message: string): void {
    this.list.push({ file, line, message });
  }

  get ok(): boolean {
    return this.list.length === 0;
  }

  format(): string {
    return this.list.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
  }
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

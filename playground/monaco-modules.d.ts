// Monaco's editor contributions ship as JavaScript without type declarations. The playground imports them
// only for their side effects, which register commands and widgets, so any module under this path may be imported.
declare module 'monaco-editor/esm/vs/*';

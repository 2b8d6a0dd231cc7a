// Svelte compiler options shared by Vite, svelte-check and the ESLint plugin.
export default {
  compilerOptions: {
    runes: true,
  },
};

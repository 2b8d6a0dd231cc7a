// The minimal Svelte page's entry: one small component, mounted.
import { mount } from 'svelte';
import Counter from './Counter.svelte';

mount(Counter, { target: document.getElementById('app')! });

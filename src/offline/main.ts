// Entry of the offline file: the router first (it puts the right page in place), then the
// site's own entry, which wakes the islands. Built as one classic script by scripts/offline.mjs.
import './route.ts';
import '../main.ts';

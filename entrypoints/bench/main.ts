import { installBench } from '../../test/bench/browser/bench-api';

// An unlisted page for `npm run bench` only: nothing of it runs in the pages reps and managers use.
installBench(window);

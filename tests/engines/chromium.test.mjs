// The reader journeys in chromium (see journeys.mjs; drivers.mjs says how it is driven).
import { runJourneys } from './run.mjs';

runJourneys('chromium');

// The reader journeys in firefox (see journeys.mjs; drivers.mjs says how it is driven).
import { runJourneys } from './run.mjs';

runJourneys('firefox');

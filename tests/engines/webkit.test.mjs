// The reader journeys in webkit (see journeys.mjs; drivers.mjs says how it is driven).
import { runJourneys } from './run.mjs';

runJourneys('webkit');

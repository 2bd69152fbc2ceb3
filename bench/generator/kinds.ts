/** Every story kind the generator writes, with its weight. */
import { COUNCIL, STRIKE } from './kinds-council-strike.ts';
import { ELECTION, HEALTH } from './kinds-election-health.ts';
import { COURT, FACTORY } from './kinds-factory-court.ts';
import { HOUSING, RESEARCH, TECH } from './kinds-tech-housing-research.ts';
import { OPENING, STORM, TRANSFER } from './kinds-transfer-opening-storm.ts';
import type { Kind } from './story.ts';

export const KINDS: Kind[] = [COUNCIL, STRIKE, FACTORY, COURT, TRANSFER, OPENING, STORM, ELECTION, HEALTH, TECH, HOUSING, RESEARCH];

import { Connection } from '../pagination';
import { Actor, Enterprise } from './actor.type';
import { CraftVillage, Event, Investment, Market, Output, Program, Project, Province, Sector } from './context.type';
import { Source } from './node.type';

/** The connection types of the API, one per item type. */
export const ActorConnection = Connection(() => Actor, 'Actor');
export const EnterpriseConnection = Connection(() => Enterprise, 'Enterprise');
export const CraftVillageConnection = Connection(() => CraftVillage, 'CraftVillage');
export const ProvinceConnection = Connection(() => Province, 'Province');
export const SectorConnection = Connection(() => Sector, 'Sector');
export const ProgramConnection = Connection(() => Program, 'Program');
export const ProjectConnection = Connection(() => Project, 'Project');
export const EventConnection = Connection(() => Event, 'Event');
export const OutputConnection = Connection(() => Output, 'Output');
export const InvestmentConnection = Connection(() => Investment, 'Investment');
export const MarketConnection = Connection(() => Market, 'Market');
export const SourceConnection = Connection(() => Source, 'Source');

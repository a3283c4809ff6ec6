/**
 * Colours shared by every feature: the map's layers, the legend, list rows, passports and charts draw with
 * the same values. Category colours are distinct on imagery and on the vector base.
 */
import type { Category, Status } from '../data/schema.ts';

export const CATEGORY_COLORS: Record<Category, string> = {
  housing: '#e8590c',
  transport: '#1864ab',
  energy: '#f59f00',
  agriculture: '#2b8a3e',
  industry: '#5f3dc4',
  social: '#c2255c',
  heritage: '#8c5a2b',
  urban: '#0b7285',
  demining: '#c92a2a',
  tourism: '#9c36b5',
  water: '#339af0',
  digital: '#495057',
};

export const STATUS_COLORS: Record<Status, string> = {
  planned: '#868e96',
  'under-construction': '#f08c00',
  completed: '#2f9e44',
};

export const MAP_COLORS = {
  land: '#e9e4d8',
  contextFill: '#d9d3c4',
  districtFill: '#f4d58d',
  districtLine: '#7a5c2e',
  regionOutline: '#7a1f1f',
  highlight: '#ffd43b',
  cluster: '#1d3557',
  markerStroke: '#ffffff',
} as const;

// The scenario the model's hand-worked tests start from: the assumptions ledger's defaults as of
// November 2026, written out here so the arithmetic in those tests stays true when a default in
// content/parameters.yaml is revised. (Tests of the ledger itself read the ledger.)
import type { ParameterValues } from '../../workers/stockpile/parameters.ts';

export const WORKED: Readonly<ParameterValues> = {
  japanExportPerYear: 10,
  ballisticLaunchesPerMonth: 50,
  interceptorsPerTarget: 2,
  usProduction2024: 500,
  usProduction2025: 620,
  usProductionFrom2026: 620,
  usShareForUkraine: 30,
  mhiOutputPerYear: 30,
  exportLagMonths: 23,
  japanStockStart: 300,
  japanFloor: 280,
  usPoolStart: 100,
  usPoolFloor: 50,
  ukraineStockStart: 60,
  usTransferCapPerMonth: 30,
  engagementShare: 40,
  backfillShare: 100,
  otherDonorsPerMonth: 20,
  horizonMonths: 36,
};

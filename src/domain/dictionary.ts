import { EVIDENCE_LEVELS, LINK_TYPES, NODE_LABELS, type EvidenceLevel, type LinkType, type NodeLabel } from './model';
import { COMMON_PROPERTIES, LABEL_PROPERTIES, LINK_PROPERTIES, SOURCE_PROPERTIES } from './properties';

/**
 * The data dictionary of the import format, in Vietnamese and English: every label, property,
 * relationship type and evidence level (the spreadsheet template's "dictionary" sheet). A unit
 * test checks that nothing of the model is left out.
 */

type Words = readonly [vi: string, en: string];

export const LABEL_WORDS: Record<NodeLabel, Words> = {
  Enterprise: ['Doanh nghiệp (kể cả doanh nghiệp khởi nghiệp, cơ sở sản xuất làng nghề)', 'Enterprise (including startups and craft-village workshops)'],
  SupportOrganization: ['Tổ chức hỗ trợ (vườn ươm, trung tâm hỗ trợ khởi nghiệp, hiệp hội)', 'Support organization (incubator, startup support centre, association)'],
  Intermediary: ['Tổ chức trung gian, môi giới đổi mới sáng tạo', 'Intermediary or innovation broker'],
  GovernmentAgency: ['Cơ quan quản lý nhà nước', 'Government agency'],
  ResearchInstitute: ['Viện nghiên cứu, trường đại học, tổ chức khoa học và công nghệ', 'Research institute, university or S&T organization'],
  Investor: ['Nhà đầu tư, quỹ đầu tư', 'Investor or investment fund'],
  InternationalOrganization: ['Tổ chức quốc tế', 'International organization'],
  CraftVillage: ['Làng nghề', 'Craft village'],
  Province: ['Tỉnh, thành phố', 'Province or city'],
  Sector: ['Lĩnh vực (thủ công mỹ nghệ, ẩm thực, dịch vụ du lịch)', 'Sector (handicrafts, cuisine, tourism services)'],
  Program: ['Chương trình, đề án (ví dụ Đề án 844)', 'Program (e.g. Project 844)'],
  Project: ['Dự án, nhiệm vụ được tài trợ', 'Funded project or task'],
  Event: ['Sự kiện (hội thảo, tập huấn, Demo Day)', 'Event (workshop, training course, demo day)'],
  Output: ['Sản phẩm của dự án (tài liệu, mô hình, báo cáo)', 'Output of a project (materials, model, report)'],
  Investment: ['Khoản đầu tư (cam kết hoặc đã giải ngân)', 'Investment (committed or disbursed)'],
  Market: ['Thị trường (ví dụ Nhật Bản)', 'Market (e.g. Japan)'],
};

export const PROPERTY_WORDS: Record<string, Words> = {
  id: ['Mã định danh duy nhất (chữ, số, : . _ -)', 'Unique id (letters, digits, : . _ -)'],
  label: ['Loại thực thể (xem bảng loại)', 'Kind of entity (see the labels)'],
  sources: ['Mã các nguồn, cách nhau bằng dấu chấm phẩy', 'Ids of the sources, separated by semicolons'],
  type: ['Loại quan hệ (xem bảng quan hệ)', 'Relationship type (see the relationship types)'],
  from: ['Mã thực thể đầu của quan hệ', 'Id of the entity the relationship starts from'],
  to: ['Mã thực thể cuối của quan hệ', 'Id of the entity the relationship goes to'],
  name: ['Tên (tiếng Việt, giữ dấu)', 'Name (in Vietnamese, with diacritics)'],
  nameEn: ['Tên tiếng Anh', 'English name'],
  description: ['Mô tả', 'Description'],
  evidence: ['Mức bằng chứng (xem bảng mức bằng chứng)', 'Evidence level (see the evidence levels)'],
  evidenceNote: ['Giải thích mức bằng chứng (cách suy luận, ước tính)', 'Why this evidence (how it was inferred or estimated)'],
  propertyEvidence: ['Mức bằng chứng của từng thuộc tính, dạng thuộc_tính=MỨC, cách nhau bằng dấu phẩy', 'Evidence of single properties, as property=LEVEL pairs separated by commas'],
  placeholder: ['Cờ cũ: bản ghi thay thế (true/false)', 'Earlier flag: a stand-in record (true/false)'],
  estimate: ['Cờ cũ: giá trị ước tính (true/false)', 'Earlier flag: an estimated value (true/false)'],
  note: ['Ghi chú', 'Note'],
  sphere: ['Khu vực trong mô hình xoắn ốc (công nghiệp, nhà nước, học thuật, xã hội, tài chính, quốc tế)', 'Helix sphere (industry, government, academia, civil society, finance, international)'],
  shortName: ['Tên viết tắt', 'Short name'],
  website: ['Trang web (http/https)', 'Website (http/https)'],
  founded: ['Năm thành lập (YYYY, YYYY-MM hoặc YYYY-MM-DD)', 'Founded (YYYY, YYYY-MM or YYYY-MM-DD)'],
  craft: ['Nghề (tiếng Việt)', 'Craft (in Vietnamese)'],
  craftEn: ['Nghề (tiếng Anh)', 'Craft (in English)'],
  commune: ['Xã, phường', 'Commune'],
  district: ['Quận, huyện', 'District'],
  region: ['Vùng', 'Region'],
  code: ['Mã (theo nguồn)', 'Code (as the source gives it)'],
  decisionDate: ['Ngày quyết định', 'Decision date'],
  startDate: ['Ngày bắt đầu', 'Start date'],
  endDate: ['Ngày kết thúc', 'End date'],
  acceptedDate: ['Ngày nghiệm thu', 'Acceptance date'],
  participantVisits: ['Số lượt người tham dự', 'Participant visits'],
  participantVisitsReported: ['Số lượt tham dự theo lời của nguồn ("gần 1.000")', 'Participant visits in the source\'s words ("nearly 1,000")'],
  investmentCommitted: ['Tổng vốn đầu tư cam kết qua dự án', 'Total investment committed through the project'],
  investmentCurrency: ['Đơn vị tiền của tổng vốn cam kết', 'Currency of the committed total'],
  kind: ['Loại (sự kiện hoặc sản phẩm)', 'Kind (of event or output)'],
  date: ['Ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)', 'Date (YYYY, YYYY-MM or YYYY-MM-DD)'],
  place: ['Địa điểm', 'Place'],
  amount: ['Số tiền', 'Amount'],
  currency: ['Đơn vị tiền tệ', 'Currency'],
  status: ['Trạng thái (cam kết, đã giải ngân)', 'Status (committed, disbursed)'],
  countryCode: ['Mã quốc gia (ISO)', 'Country code (ISO)'],
  role: ['Vai trò trong quan hệ', 'Role in the relationship'],
  since: ['Từ ngày', 'Since'],
  until: ['Đến ngày', 'Until'],
  title: ['Tiêu đề của nguồn', 'Title of the source'],
  publisher: ['Nơi xuất bản', 'Publisher'],
  url: ['Đường dẫn (http/https)', 'URL (http/https)'],
  language: ['Ngôn ngữ (vi, en, …)', 'Language (vi, en, …)'],
};

export const LINK_WORDS: Record<LinkType, Words> = {
  PART_OF: ['Trực thuộc tổ chức', 'Is part of an organization'],
  LOCATED_IN: ['Đặt tại làng nghề, tỉnh', 'Is located in a village or province'],
  ACTIVE_IN: ['Hoạt động trong lĩnh vực', 'Is active in a sector'],
  MANAGES: ['Quản lý chương trình, dự án', 'Manages a program or project'],
  FUNDS: ['Tài trợ', 'Funds'],
  IMPLEMENTS: ['Thực hiện dự án', 'Implements a project'],
  ORGANIZED: ['Tổ chức sự kiện', 'Organized an event'],
  PARTICIPATED_IN: ['Tham gia sự kiện', 'Took part in an event'],
  PRODUCED: ['Tạo ra sản phẩm', 'Produced an output'],
  SUPPORTS: ['Hỗ trợ', 'Supports'],
  CONNECTED: ['Được dự án kết nối', 'Was connected by a project'],
  INVESTED: ['Đầu tư (nhà đầu tư → khoản đầu tư)', 'Invested (investor → investment)'],
  RECEIVED: ['Nhận đầu tư (doanh nghiệp → khoản đầu tư)', 'Received an investment (enterprise → investment)'],
  RESULT_OF: ['Là kết quả của dự án', 'Is a result of a project'],
  PARTNERS_WITH: ['Hợp tác với', 'Partners with'],
  TARGETS_MARKET: ['Hướng tới thị trường', 'Targets a market'],
};

export const EVIDENCE_WORDS: Record<EvidenceLevel, Words> = {
  STATED: ['Nguồn nêu rõ', 'Stated by a source'],
  INFERRED: ['Suy ra từ điều nguồn nêu (ghi cách suy luận)', 'Inferred from what a source states (say how)'],
  PLACEHOLDER: ['Bản ghi thay thế cho một đối tượng nguồn nói là có nhưng không nêu tên', 'A stand-in for something a source says exists but does not name'],
  ESTIMATED: ['Ước tính của chúng tôi (ghi phương pháp)', 'Our estimate (say the method)'],
  SYNTHETIC: ['Gán tổng hợp để minh hoạ, không phải sự thật', 'A synthetic assignment for demonstration, not a fact'],
};

export interface DictionaryRow {
  /** label, property, relationship or evidence */
  kind: 'label' | 'property' | 'relationship' | 'evidence';
  name: string;
  /** Where it applies: the labels of a property, the ends of a relationship. */
  appliesTo: string;
  /** The property's type and allowed values (empty otherwise). */
  values: string;
  vi: string;
  en: string;
}

function kindText(kind: { type: string; values?: readonly string[]; min?: number }): string {
  if (kind.type === 'enum') return `one of: ${kind.values!.join(', ')}`;
  return kind.min === undefined ? kind.type : `${kind.type} ≥ ${kind.min}`;
}

/** Every row of the data dictionary, in a fixed order. */
export function dictionaryRows(): DictionaryRow[] {
  const rows: DictionaryRow[] = [];
  for (const label of NODE_LABELS) rows.push({ kind: 'label', name: label, appliesTo: 'nodes.label', values: '', vi: LABEL_WORDS[label][0], en: LABEL_WORDS[label][1] });
  const where = new Map<string, { sheets: Set<string>; kind: string }>();
  const note = (key: string, sheet: string, kind: string) => {
    const w = where.get(key) ?? { sheets: new Set<string>(), kind };
    w.sheets.add(sheet);
    where.set(key, w);
  };
  for (const key of ['id', 'label', 'sources']) note(key, key === 'label' ? 'nodes' : 'sources, nodes, links', key === 'label' ? `one of: ${NODE_LABELS.join(', ')}` : key === 'sources' ? 'ids separated by ;' : 'id');
  for (const key of ['type', 'from', 'to']) note(key, 'links', key === 'type' ? `one of: ${LINK_TYPES.join(', ')}` : 'id');
  for (const [key, kind] of Object.entries(SOURCE_PROPERTIES)) note(key, 'sources', kindText(kind));
  for (const [key, kind] of Object.entries(COMMON_PROPERTIES)) note(key, 'nodes (every label)', kindText(kind));
  for (const label of NODE_LABELS) for (const [key, kind] of Object.entries(LABEL_PROPERTIES[label])) note(key, `nodes (${label})`, kindText(kind));
  for (const [key, kind] of Object.entries(LINK_PROPERTIES)) note(key, 'links', kindText(kind));
  for (const [key, w] of where) {
    const words = PROPERTY_WORDS[key] ?? ['', ''];
    rows.push({ kind: 'property', name: key, appliesTo: [...w.sheets].join('; '), values: w.kind, vi: words[0], en: words[1] });
  }
  for (const type of LINK_TYPES) rows.push({ kind: 'relationship', name: type, appliesTo: 'links.type', values: '', vi: LINK_WORDS[type][0], en: LINK_WORDS[type][1] });
  for (const level of EVIDENCE_LEVELS) rows.push({ kind: 'evidence', name: level, appliesTo: 'evidence', values: '', vi: EVIDENCE_WORDS[level][0], en: EVIDENCE_WORDS[level][1] });
  return rows;
}

#!/usr/bin/env node
/**
 * Builds `data/founding.json`, the founding dataset of helixgraph, in the import format described
 * in `docs/import-format.md`.
 *
 * Real facts (the founding document, Project 844, real organizations, 28 real craft villages) are
 * written out literally below, each with its public source. Everything the founding document
 * counts but does not name (the 40 enterprises, the 10 investments, the investors, the Japan-side
 * partner) is generated in loops as clearly labelled placeholders that cite the founding document.
 *
 * The output is deterministic: running `node scripts/build-founding-dataset.mjs` twice writes the
 * same bytes. Before writing, the script checks the dataset against the model (link label pairs,
 * allowed properties, dates, sources) and against the document's own figures, and exits non-zero
 * with a message naming every failed check.
 *
 * Plain Node (ESM), no dependencies.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where to write: data/founding.json, or the path after `--out` (the test that checks the committed file). */
const outArg = process.argv.indexOf('--out');
const OUT_FILE = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]) : resolve(ROOT, 'data/founding.json');
const MODEL_FILE = resolve(ROOT, 'src/domain/model.ts');

// ---------------------------------------------------------------------------------------------
// The model (a copy of src/domain/model.ts and src/domain/properties.ts; keep in sync).
// The LINK_RULES copy is compared with model.ts at build time when that file is present.
// ---------------------------------------------------------------------------------------------

const ACTOR_KINDS = [
  'Enterprise',
  'SupportOrganization',
  'Intermediary',
  'GovernmentAgency',
  'ResearchInstitute',
  'Investor',
  'InternationalOrganization',
];
const CONTEXT_LABELS = ['CraftVillage', 'Province', 'Sector', 'Program', 'Project', 'Event', 'Output', 'Investment', 'Market'];
const NODE_LABELS = [...ACTOR_KINDS, ...CONTEXT_LABELS];
const HELIX_SPHERES = ['INDUSTRY', 'GOVERNMENT', 'ACADEMIA', 'CIVIL_SOCIETY', 'FINANCE', 'INTERNATIONAL'];
const EVENT_KINDS = ['SCIENTIFIC_WORKSHOP', 'CONSULTATION_WORKSHOP', 'TRAINING_COURSE', 'CONNECTION_WORKSHOP', 'DEMO_DAY'];
const OUTPUT_KINDS = ['TRAINING_MATERIALS', 'DEVELOPMENT_MODEL', 'REPORT'];
const INVESTMENT_STATUSES = ['COMMITTED', 'DISBURSED'];
const CURRENCIES = ['USD', 'VND', 'EUR', 'JPY'];

const ACTOR = ACTOR_KINDS;
const ORGS = ACTOR_KINDS.filter((k) => k !== 'Enterprise');

/** Which labels each relationship type may join (copy of LINK_RULES in src/domain/model.ts). */
const LINK_RULES = {
  PART_OF: { from: ORGS, to: ORGS },
  LOCATED_IN: { from: [...ACTOR, 'CraftVillage', 'Event'], to: ['CraftVillage', 'Province'] },
  ACTIVE_IN: { from: [...ACTOR, 'CraftVillage'], to: ['Sector'] },
  MANAGES: { from: ['GovernmentAgency'], to: ['Program', 'Project'] },
  FUNDS: { from: ['Program', ...ORGS], to: ['Project', ...ACTOR] },
  IMPLEMENTS: { from: ORGS, to: ['Project'] },
  ORGANIZED: { from: [...ORGS, 'Project'], to: ['Event'] },
  PARTICIPATED_IN: { from: ACTOR, to: ['Event'] },
  PRODUCED: { from: ['Project'], to: ['Output'] },
  SUPPORTS: { from: ORGS, to: [...ACTOR, 'CraftVillage'] },
  CONNECTED: { from: ['Project'], to: ACTOR },
  INVESTED: { from: ['Investor'], to: ['Investment'] },
  RECEIVED: { from: ['Enterprise'], to: ['Investment'] },
  RESULT_OF: { from: ['Investment', 'Output'], to: ['Project'] },
  PARTNERS_WITH: { from: ACTOR, to: ACTOR },
  TARGETS_MARKET: { from: [...ACTOR, 'Project'], to: ['Market'] },
};

/** Allowed properties (copy of src/domain/properties.ts). */
const NAME = { type: 'string', required: true, maxLength: 300 };
const TEXT = { type: 'string', maxLength: 5000 };
const SHORT = { type: 'string', maxLength: 300 };
const DATE = { type: 'date' };
const EVIDENCE_LEVELS = ['STATED', 'INFERRED', 'PLACEHOLDER', 'ESTIMATED', 'SYNTHETIC'];
const EVIDENCE_PROPERTIES = {
  evidence: { type: 'enum', values: EVIDENCE_LEVELS },
  evidenceNote: TEXT,
  propertyEvidence: { type: 'string', maxLength: 2000 },
  placeholder: { type: 'bool' },
  estimate: { type: 'bool' },
};
const COMMON_PROPERTIES = {
  name: NAME,
  nameEn: SHORT,
  description: TEXT,
  ...EVIDENCE_PROPERTIES,
  note: TEXT,
};
const ACTOR_PROPERTIES = {
  sphere: { type: 'enum', values: HELIX_SPHERES },
  shortName: SHORT,
  website: { type: 'url' },
  founded: DATE,
};
const LABEL_PROPERTIES = {
  ...Object.fromEntries(ACTOR_KINDS.map((k) => [k, ACTOR_PROPERTIES])),
  CraftVillage: { craft: SHORT, craftEn: SHORT, commune: SHORT, district: SHORT },
  Province: { region: SHORT, code: SHORT },
  Sector: { code: SHORT },
  Program: { code: SHORT, decisionDate: DATE, startDate: DATE, endDate: DATE },
  Project: {
    code: SHORT, startDate: DATE, endDate: DATE, acceptedDate: DATE, participantVisits: { type: 'int', min: 0 }, participantVisitsReported: SHORT,
    investmentCommitted: { type: 'float', min: 0 }, investmentCurrency: { type: 'enum', values: CURRENCIES },
  },
  Event: {
    kind: { type: 'enum', values: EVENT_KINDS },
    date: DATE,
    place: SHORT,
    participantVisits: { type: 'int', min: 0 },
  },
  Output: { kind: { type: 'enum', values: OUTPUT_KINDS }, date: DATE },
  Investment: {
    amount: { type: 'float', min: 0 },
    currency: { type: 'enum', values: CURRENCIES },
    status: { type: 'enum', values: INVESTMENT_STATUSES },
    date: DATE,
  },
  Market: { countryCode: SHORT },
};
const LINK_PROPERTIES = {
  role: SHORT,
  since: DATE,
  until: DATE,
  ...EVIDENCE_PROPERTIES,
  note: TEXT,
};
const SOURCE_PROPERTIES = {
  title: { type: 'string', required: true, maxLength: 500 },
  publisher: SHORT,
  url: { type: 'url' },
  date: DATE,
  language: SHORT,
  note: TEXT,
};
const REQUIRED_BY_LABEL = {
  Event: ['kind'],
  Output: ['kind'],
  Investment: ['amount', 'currency', 'status'],
};
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID_PATTERN = /^[A-Za-z0-9:._-]{1,200}$/;

// ---------------------------------------------------------------------------------------------
// Sources. `SLUG_TITLE` marks a title reconstructed from the page's URL (not re-read);
// `DESCRIPTIVE_TITLE` marks a title written here because the page's own title is not known.
// Dates are publication dates where known (for legal texts, the date of the text); when no date
// could be established the field is left out rather than guessed.
// ---------------------------------------------------------------------------------------------

const SLUG_TITLE = 'Title reconstructed from the URL; not re-read.';
const DESCRIPTIVE_TITLE = 'Descriptive title (the page title was not recorded).';

const FOUNDING = 'src:nacentech-2020-12';

const SOURCES = [
  // The founding document.
  {
    id: FOUNDING,
    title: 'Trung tâm Ươm tạo Công nghệ và Doanh nghiệp KHCN nghiệm thu nhiệm vụ hỗ trợ các làng nghề',
    publisher: 'Viện Ứng dụng Công nghệ (NACENTECH), nacentech.vn; nguồn: Trung tâm Ươm tạo Công nghệ và Doanh nghiệp KHCN',
    url: 'https://nacentech.vn/trung-tam-uom-tao-cong-nghe-va-doanh-nghiep-khcn-nghiem-thu-nhiem-vu-ho-tro-cac-lang-nghe-2.html',
    date: '2020-12',
    language: 'vi',
    note: 'The founding document (seed/article-vi.txt). Source of the task, its acceptance on 2020-12-09, the output and event counts, the nearly 1,000 participant visits, the 40 connected enterprises, the 10 invested handicraft enterprises with USD 360,000 committed, the August 2020 connection event and the Japan market link. Every placeholder cites it as the aggregate it derives from.',
  },

  // Project 844.
  {
    id: 'src:phapluatcongdong-qd-844',
    title: 'Quyết định 844/QĐ-TTg phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025',
    publisher: 'Pháp luật Cộng đồng (phapluatcongdong.vn)',
    url: 'https://phapluatcongdong.vn/vb/quyet-dinh-844-qd-ttg-de-an-ho-tro-he-sinh-thai-khoi-nghiep-doi-moi-sang-tao-quoc-gia-den-nam-2025-2016-4c280.html',
    date: '2016-05-18',
    language: 'vi',
    note: `Text of Decision 844/QĐ-TTg; the date is that of the decision. ${SLUG_TITLE}`,
  },
  {
    id: 'src:startup-gov-de-an-844',
    title: 'Tổng quan Đề án "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025" (Đề án 844)',
    publisher: 'Cổng thông tin Khởi nghiệp đổi mới sáng tạo quốc gia (startup.gov.vn)',
    url: 'http://startup.gov.vn:80/Pages/chi-tiet-tin-tuc.aspx?ItemID=287&l=Tintucsukien',
    date: '2020-11-17',
    language: 'vi',
  },
  {
    id: 'src:unesco-decision-844',
    title: 'Decision No. 844/QD-TTg issued (National Program 844 – Initiative for Startup Ecosystem in Viet Nam, ISEV)',
    publisher: 'UNESCO, Policy Monitoring Platform (2005 Convention)',
    url: 'https://en.unesco.org/creativity/policy-monitoring-platform/decision-no-844qd-ttg-issued',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:dean844-board-2024',
    title: 'Kỳ họp Ban Điều hành Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia năm 2024',
    publisher: 'Bộ Khoa học và Công nghệ (dean844.most.gov.vn)',
    url: 'http://dean844.most.gov.vn/ky-hop-ban-dieu-hanh-de-an-ho-tro-he-sinh-thai-khoi-nghiep-doi-moi-sang-tao-quoc-gia-nam-2024.htm',
    date: '2024-03',
    language: 'vi',
    note: `Meeting of 28 Mar 2024, chaired by a MOST deputy minister. ${SLUG_TITLE}`,
  },
  {
    id: 'src:vtv-de-an-844-2016',
    title: '2.000 tỷ đồng hỗ trợ các dự án khởi nghiệp sáng tạo',
    publisher: 'VTV.vn (theo VOV)',
    url: 'https://vtv.vn/kinh-te/2000-ty-dong-ho-tro-cac-du-an-khoi-nghiep-sang-tao-20160521063915247.htm',
    date: '2016-05-21',
    language: 'vi',
  },
  {
    id: 'src:thuonghieusanpham-844-call-2020',
    title: 'Tuyển chọn đơn vị tham gia Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo',
    publisher: 'Thương hiệu & Sản phẩm (thuonghieusanpham.vn)',
    url: 'https://thuonghieusanpham.vn/tuyen-chon-don-vi-tham-gia-de-an-ho-tro-he-sinh-thai-khoi-nghiep-doi-moi-sang-tao-4156.html',
    date: '2020',
    language: 'vi',
    note: `MOST's yearly call for organisations to carry out Project 844 tasks (the call for 2021 closed on 7 Sep 2020). ${SLUG_TITLE}`,
  },

  // NTBIC, NACENTECH, BIPP.
  {
    id: 'src:congthuong-bipp',
    title: 'Hỗ trợ ươm tạo doanh nghiệp khoa học và công nghệ',
    publisher: 'Báo Công Thương (congthuong.vn)',
    url: 'https://congthuong.vn/ho-tro-uom-tao-doanh-nghiep-khoa-hoc-va-cong-nghe-75531.html',
    date: '2016-09',
    language: 'vi',
    note: 'Reports the signing of BIPP grant contracts, among them EUR 170,000 to NTBIC (named as part of Viện Ứng dụng Công nghệ) and EUR 100,000 to HCMUT-TBI. Date inferred from the event it reports (signing on 22 Sep 2016, per src:thongtinkhcn-bipp-2016).',
  },
  {
    id: 'src:thongtinkhcn-bipp-2016',
    title: 'Dự án BIPP ký kết thỏa thuận tài trợ cho SATI-TECH, NTBIC và HCMUT-TBI (Hà Nội, 22/9/2016)',
    publisher: 'thongtinkhcn.com.vn',
    url: 'https://thongtinkhcn.com.vn/chi-tiet-san-pham/573',
    date: '2016-09',
    language: 'vi',
    note: `Dates the BIPP grant signing to 22 Sep 2016. ${DESCRIPTIVE_TITLE}`,
  },
  {
    id: 'src:baodanang-bipp-2018',
    title: 'Project helps develop tech business incubators in Viet Nam',
    publisher: 'Báo Đà Nẵng (Da Nang Today), from VNA',
    url: 'https://baodanang.vn/english/education-science/201811/project-helps-develop-tech-business-incubators-in-viet-nam-3123775',
    date: '2018-11',
    language: 'en',
  },
  {
    id: 'src:baobacgiang-bipp-2018',
    title: 'Project helps develop tech business incubators in Vietnam',
    publisher: 'Báo Bắc Giang (en.baobacgiang.vn), from VNA',
    url: 'https://en.baobacgiang.vn/project-helps-develop-tech-business-incubators-in-vietnam.bbg',
    date: '2018-11',
    language: 'en',
    note: 'Same VNA story as src:baodanang-bipp-2018 (workshop of 22 Nov 2018); gives the 2014 start and the EUR 4.4 million initial budget.',
  },
  {
    id: 'src:nacentech-labor-medal',
    title: 'NACENTECH received the first grade labor medal',
    publisher: 'Viện Ứng dụng Công nghệ (NACENTECH)',
    url: 'http://nacentech.vn/index.php?option=com_content&view=article&id=309%3Anacentech-received-the-first-grade-labor-medal-&catid=52%3Atin-mi&Itemid=349&lang=en',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:baomoi-qd-1101',
    title: 'Quyết định 1101/QĐ-TTg về các tổ chức sự nghiệp trực thuộc Bộ Khoa học và Công nghệ',
    publisher: 'Báo Mới (baomoi.com), theo Nhân Dân',
    url: 'https://www.baomoi.com/chinh-sach-moi-quyet-dinh-moi/c/2988358.epi',
    language: 'vi',
    note: `Lists Viện Ứng dụng Công nghệ among the public S&T units of MOST. ${DESCRIPTIVE_TITLE}`,
  },
  {
    id: 'src:vneconomy-most-units-2026',
    title: 'Bộ Khoa học và Công nghệ có 14 đơn vị sự nghiệp công lập',
    publisher: 'VnEconomy',
    url: 'https://vneconomy.vn/bo-khoa-hoc-va-cong-nghe-co-14-don-vi-su-nghiep-cong-lap.htm',
    date: '2026-01-09',
    language: 'vi',
  },
  {
    id: 'src:vnexpress-most-appointments-2025',
    title: 'Bộ Khoa học và Công nghệ bổ nhiệm 5 cán bộ',
    publisher: 'VnExpress',
    url: 'https://vnexpress.net/bo-khoa-hoc-va-cong-nghe-bo-nhiem-5-can-bo-4997935.html',
    date: '2025-12-24',
    language: 'vi',
  },

  // State management organisations.
  {
    id: 'src:vietnam-vn-most-functions-2025',
    title: 'Chức năng, nhiệm vụ và cơ cấu tổ chức của Bộ Khoa học và Công nghệ',
    publisher: 'Vietnam.vn',
    url: 'https://www.vietnam.vn/uk/chuc-nang-nhiem-vu-va-co-cau-to-chuc-cua-bo-khoa-hoc-va-cong-nghe',
    date: '2025-03',
    language: 'uk',
    note: `Decree 55/2025/NĐ-CP (2 Mar 2025) on MOST after its merger with the Ministry of Information and Communications. The page is in Ukrainian. ${SLUG_TITLE}`,
  },
  {
    id: 'src:btv-natec-2022',
    title: 'Hội thảo chuyên sâu về phát triển đổi mới sáng tạo, thúc đẩy kinh doanh',
    publisher: 'Đài Phát thanh và Truyền hình Bình Dương (btv.org.vn)',
    url: 'http://m.btv.org.vn/tin-tuc/hoi-thao-chuyen-sau-ve-phat-trien-doi-moi-sang-tao-thuc-day-kinh-doanh-70916.html',
    date: '2022',
    language: 'vi',
    note: `Techfest 2022 workshop chaired by Phạm Hồng Quất, head of NATEC (Cục Phát triển thị trường và doanh nghiệp KH&CN). ${SLUG_TITLE}`,
  },
  {
    id: 'src:sggpnews-techfest-2022',
    title: 'TECHFEST 2022 promoting open innovation for sustainable development',
    publisher: 'SGGP News',
    url: 'https://www.sggpnews.org.vn/science_technology/techfest-2022-promoting-open-innovation-for-sustainable-development-100824.html',
    date: '2022',
    language: 'en',
  },
  {
    id: 'src:thuvienphapluat-qd-801',
    title: 'Quyết định 801/QĐ-TTg năm 2022 phê duyệt Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021 - 2030',
    publisher: 'Thư viện Pháp luật (thuvienphapluat.vn)',
    url: 'https://thuvienphapluat.vn/van-ban/Doanh-nghiep/Quyet-dinh-801-QD-TTg-2022-Chuong-trinh-bao-ton-va-phat-trien-lang-nghe-Viet-Nam-2021-2030-521131.aspx',
    date: '2022-07-07',
    language: 'vi',
    note: 'Date of the decision. The programme was proposed by the Minister of Agriculture and Rural Development.',
  },
  {
    id: 'src:arit-kyyeu-p201',
    title: 'Kỷ yếu 20 năm thành lập Cục Công Thương địa phương (trang 201)',
    publisher: 'Cục Công Thương địa phương (ARIT), Bộ Công Thương',
    url: 'http://arit.gov.vn/kyyeu20namthanhlapcuc/files/basic-html/page201.html',
    language: 'vi',
    note: DESCRIPTIVE_TITLE,
  },
  {
    id: 'src:vjs-tinh-hoa-tram-nghe',
    title: 'Tinh hoa trăm nghề hội tụ ở Hà Nội',
    publisher: 'vjs.vietnam.vn',
    url: 'https://vjs.vietnam.vn/en/tinh-hoa-tram-nghe-hoi-tu-o-ha-noi',
    date: '2025',
    language: 'en',
    note: `English page; quotes the director of the Trade Promotion Center for Agriculture (Ministry of Agriculture and Environment). ${SLUG_TITLE}`,
  },
  {
    id: 'src:sggp-handicrafts-italy-2023',
    title: 'Vietnamese handicrafts promoted in Italy',
    publisher: 'Sài Gòn Giải Phóng (en.sggp.org.vn), from VNA',
    url: 'https://en.sggp.org.vn/vietnamese-handicrafts-promoted-in-italy-post101921.html',
    date: '2023',
    language: 'en',
  },
  {
    id: 'src:vietnamplus-handicraft-value-chain',
    title: "Seminar improves value chain of Vietnam's handicraft sector",
    publisher: 'VietnamPlus (VNA)',
    url: 'https://en.vietnamplus.vn/seminar-improves-value-chain-of-vietnams-handicraft-sector/122854.vnp',
    language: 'en',
    note: 'Project on the value chain of the handicraft sector for 2017-2020, co-hosted by the Vietnam Trade Promotion Agency (MOIT) and KOICA.',
  },
  {
    id: 'src:vietnamnews-trade-promotion-2017',
    title: 'Việt Nam ramps up trade promotion in 2017',
    publisher: 'Việt Nam News',
    url: 'https://vietnamnews.vn/economy/350020/viet-nam-ramps-up-trade-promotion-in-2017.html',
    date: '2017',
    language: 'en',
  },
  {
    id: 'src:sggp-nam-o-heritage',
    title: 'Nam O fish sauce making craft honored as national intangible cultural heritage',
    publisher: 'Sài Gòn Giải Phóng (en.sggp.org.vn)',
    url: 'https://en.sggp.org.vn/nam-o-fish-sauce-making-craft-honored-as-national-intangible-cultural-heritage-post84299.html',
    date: '2020-07',
    language: 'en',
    note: 'Reports the ceremony of July 2020 in Đà Nẵng; the recognition was decided by the Minister of Culture, Sports and Tourism.',
  },
  {
    id: 'src:vanhoanghethuat-vnat',
    title: 'Bộ trưởng Nguyễn Văn Hùng: Hợp lực chọn điểm bứt tốc để du lịch Việt Nam trở thành điểm đến hàng đầu của châu Á',
    publisher: 'Tạp chí Văn hóa Nghệ thuật (vanhoanghethuat.vn)',
    url: 'http://www.vanhoanghethuat.vn/bo-truong-nguyen-van-hung-hop-luc-chon-diem-but-toc-de-du-lich-viet-nam-tro-thanh-diem-den-hang-dau-cua-chau-a.htm',
    language: 'vi',
    note: SLUG_TITLE,
  },
  {
    id: 'src:baoquangnam-startup-board',
    title: 'Thành lập Ban điều hành hỗ trợ khởi nghiệp sáng tạo tỉnh',
    publisher: 'Báo Quảng Nam (baoquangnam.vn)',
    url: 'https://baoquangnam.vn/khoi-nghiep/thanh-lap-ban-dieu-hanh-ho-tro-khoi-nghiep-sang-tao-tinh-84100.html',
    language: 'vi',
  },
  {
    id: 'src:kinhtenongthon-hanoi-dard-2024',
    title: 'Phát triển kinh tế làng nghề: Trăn trở để nâng cao chất lượng và tăng sức cạnh tranh',
    publisher: 'Kinh tế nông thôn (kinhtenongthon.vn)',
    url: 'https://kinhtenongthon.vn/62754_Phat-trien-kinh-te-lang-nghe-Tran-tro-de-nang-cao-chat-luong-va-tang-suc-canh-tranh.html?page=1',
    date: '2024-06',
    language: 'vi',
    note: SLUG_TITLE,
  },

  // Support organisations.
  {
    id: 'src:vjst-qd-1269',
    title: 'Quyết định 1269/QĐ-TTg thành lập Trung tâm Đổi mới sáng tạo Quốc gia',
    publisher: 'Tạp chí Khoa học và Công nghệ Việt Nam (vjst.vn)',
    url: 'https://vjst.vn/vn/pages/ChiTietVanBan.aspx?vID=37',
    date: '2019-10-02',
    language: 'vi',
    note: `Decision 1269/QĐ-TTg of 2 Oct 2019 setting up NIC under the Ministry of Planning and Investment; the date is that of the decision. ${DESCRIPTIVE_TITLE}`,
  },
  {
    id: 'src:vneconomy-nic',
    title: 'Đòn bẩy quan trọng cho đổi mới sáng tạo',
    publisher: 'VnEconomy (en.vneconomy.vn)',
    url: 'https://en.vneconomy.vn/don-bay-quan-trong-cho-doi-moi-sang-tao.htm',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:vietnamnews-nic-japan-2025',
    title: 'National Innovation Center receives $2 million aid from Japan',
    publisher: 'Việt Nam News',
    url: 'https://vietnamnews.vn/economy/1693013/national-innovation-center-receives-2-million-aid-from-japan.html',
    date: '2025-02',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:vietnamplus-nic-jetro-2023',
    title: 'Vietnam, Japan promote innovations for further development',
    publisher: 'VietnamPlus (VNA)',
    url: 'https://en.vietnamplus.vn/vietnam-japan-promote-innovations-for-further-development/270719.vnp',
    date: '2023',
    language: 'en',
    note: `Inno Vietnam–Japan Fast Track Pitch 2023, run by NIC with JETRO. ${SLUG_TITLE}`,
  },
  {
    id: 'src:khoahocphattrien-bk-incubator-2019',
    title: 'Vườn ươm Bách khoa: Mới chạm tới một phần tiềm năng',
    publisher: 'Khoa học & Phát triển (khoahocphattrien.vn)',
    url: 'https://khoahocphattrien.vn/chinh-sach/vuon-uom-bach-khoa-moi-cham-toi-mot-phan-tiem-nang/2019082910038213p1c785.htm',
    date: '2019-08-29',
    language: 'vi',
  },
  {
    id: 'src:vneconomy-bk-holdings-2026',
    title: '2026: Năm thực thi các chính sách công nghệ và đổi mới sáng tạo',
    publisher: 'VnEconomy',
    url: 'https://vneconomy.vn/2026-nam-thuc-thi-cac-chinh-sach-cong-nghe-va-doi-moi-sang-tao.htm',
    date: '2026-02-01',
    language: 'vi',
    note: `Interview on BK Holdings (founded 2008, Hanoi University of Science and Technology). ${SLUG_TITLE}`,
  },
  {
    id: 'src:tiasang-vsv',
    title: 'Vietnam Silicon Valley sẽ trở thành đề án cấp quốc gia',
    publisher: 'Tia Sáng (tiasang.com.vn)',
    url: 'https://tiasang.com.vn/doi-moi-sang-tao/vietnam-silicon-valley-se-tro-thanh-de-an-cap-quoc-gia-8936',
    language: 'vi',
    note: SLUG_TITLE,
  },
  {
    id: 'src:anninhthudo-vsv',
    title: '"Thung lũng Silicon" giữa lòng Hà Nội',
    publisher: 'An ninh Thủ đô (anninhthudo.vn)',
    url: 'https://m.anninhthudo.vn/thung-lung-silicon-giua-long-ha-noi-post264698.antd',
    language: 'vi',
    note: SLUG_TITLE,
  },
  {
    id: 'src:ftu-fiis',
    title: 'Vai trò của vườn ươm doanh nghiệp trường đại học trong hệ sinh thái khởi nghiệp – Trường hợp của Trung tâm Sáng tạo và Ươm tạo FTU (FIIS)',
    publisher: 'Tạp chí Kinh tế đối ngoại, số 113 (Trường Đại học Ngoại thương)',
    url: encodeURI(
      'http://tapchi.ftu.edu.vn/các-số-tạp-chí-ktđn/177-tạp-chí-ktđn-số-110-đến-số-119/tạp-chí-ktđn-số-113/1661-vai-trò-của-vườn-ươm-doanh-nghiệp-trường-đại-học-trong-hệ-sinh-thái-khởi-nghiệp-–-trường-hợp-của-trung-tâm-sáng-tạo-và-ươm-tạo-ftu-fiis.html'.normalize('NFC'),
    ),
    language: 'vi',
    note: SLUG_TITLE,
  },

  // Intermediaries.
  {
    id: 'src:langngheviet-vcva-founding',
    title: 'Nhớ lại những ngày đầu thành lập Hiệp hội Làng nghề Việt Nam',
    publisher: 'Làng nghề Việt Nam (langngheviet.com.vn)',
    url: 'https://langngheviet.com.vn/nho-lai-nhung-ngay-dau-thanh-lap-hiep-hoi-lang-nghe-viet-nam-17375.html',
    language: 'vi',
    note: 'Decision 22/2005/QĐ-BNV of 3 Feb 2005; first congress 20 May 2005.',
  },
  {
    id: 'src:nhandan-artisans-vcva',
    title: "Artisans' roles promoted in preserving, safeguarding and elevating Viet Nam's traditional crafts",
    publisher: 'Nhân Dân (en.nhandan.vn)',
    url: 'https://en.nhandan.vn/artisans-roles-promoted-in-preserving-safeguarding-and-elevating-viet-nams-traditional-crafts-post157180.html',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:vietnamplus-fr-lifestyle-2011',
    title: 'Ouverture de Life Style Vietnam 2011',
    publisher: 'VietnamPlus (VNA), édition française',
    url: 'https://fr.vietnamplus.vn/ouverture-de-life-style-vietnam-2011/25439.vnp',
    date: '2011',
    language: 'fr',
    note: `Lifestyle Vietnam fair co-organised by VIETCRAFT and VIETRADE. ${SLUG_TITLE}`,
  },
  {
    id: 'src:vietnamplus-vietcraft-excellence',
    title: 'Vietcraft Excellence label debuts',
    publisher: 'VietnamPlus (VNA)',
    url: 'https://betaen.vietnamplus.vn/vietcraft-excellence-label-debuts-post84899.vnp',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:lforum-vcci',
    title: 'VCCI: fostering innovation and embracing new opportunities',
    publisher: 'lforum.biz',
    url: 'https://lforum.biz/vcci-fostering-innovation-and-embracing-new-opportunities.html',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:vccinews-vcci-47821',
    title: 'VCCI News item 47821 (VCCI and the National Startup Program)',
    publisher: 'VCCI News (vccinews.com)',
    url: 'https://vccinews.com/news/47821/',
    language: 'en',
    note: DESCRIPTIVE_TITLE,
  },
  {
    id: 'src:vietnambusiness-handicrafts-branding',
    title: 'Handicrafts: all about branding',
    publisher: 'Vietnam Business (vietnambusiness.asia)',
    url: 'http://vietnambusiness.asia/handicrafts-all-about-branding',
    language: 'en',
    note: `Vietnam Handicrafts Exhibition 2010 held by JETRO with VIETRADE and VCCI. ${SLUG_TITLE}`,
  },
  {
    id: 'src:vccinews-jetro-4940',
    title: 'VCCI News item 4940 (seminar with JETRO on handicraft exports to Japan)',
    publisher: 'VCCI News (vccinews.com)',
    url: 'https://vccinews.com/news/4940/.html',
    language: 'en',
    note: DESCRIPTIVE_TITLE,
  },
  {
    id: 'src:baodanang-nam-o-2024',
    title: 'Da Nang targets to enhance the Nam O fish sauce brand',
    publisher: 'Báo Đà Nẵng (Da Nang Today)',
    url: 'https://baodanang.vn/english/business/202407/da-nang-targets-to-enhance-the-nam-o-fish-sauce-brand-3976913',
    date: '2024-07',
    language: 'en',
    note: `Nam Ô fish sauce craft village association: 69 members as of Jan 2024, including 3 cooperatives. ${SLUG_TITLE}`,
  },

  // Research and technology-innovation organisations.
  {
    id: 'src:vast-about',
    title: 'Vietnam Academy of Science and Technology',
    publisher: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam (vast.gov.vn)',
    url: 'https://vast.gov.vn/web/vietnam-academy-of-science-and-technology/tin-chi-tiet/-/chi-tiet/vietnam-academy-of-science-and-technology-6704-870.html',
    language: 'en',
    note: SLUG_TITLE,
  },
  {
    id: 'src:luatvietnam-qd-08-2018',
    title: 'Decision No. 08/2018/QD-TTg on the functions, duties, rights and organizational structure of the Vietnam Institute of Science, Technology and Innovation',
    publisher: 'LuatVietnam (english.luatvietnam.vn)',
    url: 'https://english.luatvietnam.vn/decision-no-08-2018-qd-ttg-dated-february-23-2018-of-the-prime-minister-on-functions-duties-rights-and-organizational-structure-of-vietnam-institu-159792-doc1.html',
    date: '2018-02-23',
    language: 'en',
    note: `Date of the decision. ${SLUG_TITLE}`,
  },
  {
    id: 'src:dientuungdung-vists-2025',
    title: 'Học viện Chiến lược Khoa học và Công nghệ chính thức hoạt động từ tháng 6',
    publisher: 'Điện tử & Ứng dụng (dientuungdung.vn)',
    url: 'https://dientuungdung.vn/hoc-vien-chien-luoc-khoa-hoc-va-cong-nghe-chinh-thuc-hoat-dong-tu-thang-6-9860.html',
    date: '2025',
    language: 'vi',
    note: SLUG_TITLE,
  },
  {
    id: 'src:viri-asean-award',
    title: 'VIRI won the ASEAN Award for Rural Development and Poverty Reduction',
    publisher: 'Vietnam Rural Industries Research and Development Institute (VIRI)',
    url: 'https://viri.org.vn/viri-won-the-asean-award-for-rural-development-and-poverty-reduction/',
    language: 'en',
  },
  {
    id: 'src:agro-ipsard',
    title: 'Leaders of MARD visit and give best wishes on the occasion of Dinh Hoi Tet festival',
    publisher: 'agro.gov.vn (IPSARD)',
    url: 'http://agro.gov.vn/vn/tID2799_Leaders-of-MARD-visit-and-give-best-wishes-on-the-occasion-of-Dinh-Hoi-Tet-festival.html',
    language: 'en',
    note: SLUG_TITLE,
  },

  // International partners.
  {
    id: 'src:jica-artisan-craft-study',
    title: 'The Study on Artisan Craft Development Plan for Rural Industrialization in the Socialist Republic of Vietnam',
    publisher: 'JICA (study by ALMEC and IDCJ with MARD); copy on docslib.org',
    url: 'https://docslib.org/doc/12583746/the-study-on-artisan-craft-development-plan-for-rural-industrialization-in-the-socialist-republic-of-vietnam',
    language: 'en',
    note: 'Study carried out Feb 2002 – Feb 2004.',
  },

  // Provinces and the 2025 reorganisation.
  {
    id: 'src:baothanhhoa-nq-60',
    title: 'Toàn văn Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII',
    publisher: 'Báo Thanh Hóa (baothanhhoa.vn)',
    url: 'https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm',
    date: '2025-04',
    language: 'vi',
    note: `Resolution 60-NQ/TW: the list of provincial mergers effective 1 Jul 2025 (63 provinces to 34). ${SLUG_TITLE}`,
  },
  {
    id: 'src:bnews-provinces-2025',
    title: 'Tên gọi, trung tâm hành chính các đơn vị hành chính cấp tỉnh mới sau sáp nhập, hợp nhất',
    publisher: 'BNEWS (TTXVN)',
    url: 'https://bnews.vn/ten-goi-trung-tam-hanh-chinh-cac-don-vi-hanh-chinh-cap-tinh-moi-sau-sap-nhap-hop-nhat/369899.html',
    date: '2025',
    language: 'vi',
    note: SLUG_TITLE,
  },

  // Craft villages (one source each, from ecosystem-facts.md §4).
  { id: 'src:vietnamplus-bat-trang', title: 'Bat Trang pottery village', publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/bat-trang-pottery-village/175089.vnp', language: 'en' },
  { id: 'src:vietnamplus-hanoi-craft-tourism-week', title: "Culture week promotes Hanoi's craft village tourism", publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/culture-week-promotes-hanois-craft-village-tourism/270288.vnp', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnam-vn-lang-chuong', title: 'Về làng Chuông học làm nón', publisher: 'Vietnam.vn', url: 'https://www.vietnam.vn/en/ve-lang-chuong-hoc-lam-non', language: 'en', note: `English page. ${SLUG_TITLE}` },
  { id: 'src:chucson-hanoi-villages', title: '210 handicraft villages around Hanoi', publisher: 'chucson.com.vn', url: 'https://chucson.com.vn/news-event/210-handicraft-villages-around-hanoi.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamplus-incense-village', title: "Hanoi's incense village captivates travellers", publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/hanois-incense-village-captivates-travellers/276172.vnp', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamplus-vinh-thinh', title: 'Vinh Thinh conical hat making village', publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/vinh-thinh-conical-hat-making-village/197472.vnp', language: 'en' },
  { id: 'src:nhandan-com-vong', title: 'In pictures: Preserving the fragrance of Vong village green rice', publisher: 'Nhân Dân (en.nhandan.vn)', url: 'https://en.nhandan.vn/in-pictures-preserving-the-fragrance-of-vong-village-green-rice-post153536.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:vccinews-dong-ky', title: 'VCCI News item 10242 (Đồng Kỵ wood sculpture village, Từ Sơn, Bắc Ninh)', publisher: 'VCCI News (vccinews.com)', url: 'https://vccinews.com/news/10242/.html', language: 'en', note: DESCRIPTIVE_TITLE },
  { id: 'src:bacninh-phu-khe', title: 'Phu Khe handicraft furniture', publisher: 'Cổng thông tin điện tử tỉnh Bắc Ninh (bacninh.gov.vn)', url: 'https://bacninh.gov.vn/vi/web/english/59/-/details/4790216/phu-khe-handicraft-funiture', language: 'en', note: SLUG_TITLE },
  { id: 'src:holidayinvietnam-phu-lang', title: 'Phu Lang pottery village', publisher: 'holidayinvietnam.com', url: 'http://holidayinvietnam.com/vietnam/bac-ninh/phu-lang-pottery-village', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamhotels-bac-ninh-villages', title: 'Handicraft villages in Bac Ninh', publisher: 'vietnamhotels.net', url: 'https://vietnamhotels.net/local-products/handicraft-villages-in-bac-ninh_139.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:phnompenhpost-rice-paper', title: 'Villages claim fame: rice paper and crackers', publisher: 'The Phnom Penh Post', url: 'https://phnompenhpost.com/lifestyle/villages-claim-fame-rice-paper-and-crackers', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamplus-chu-dau', title: 'The essence of Chu Dau pottery', publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/the-essence-of-chu-dau-pottery/174350.vnp', language: 'en', note: SLUG_TITLE },
  { id: 'src:laodong-du-dai', title: 'Về ngôi làng ở Hưng Yên khám phá nghề làm bánh đa truyền thống', publisher: 'Lao Động (laodong.vn)', url: 'https://news.laodong.vn/du-lich/kham-pha/ve-ngoi-lang-o-hung-yen-kham-pha-nghe-lam-banh-da-truyen-thong-1546044.html', language: 'vi', note: SLUG_TITLE },
  { id: 'src:amazingninhbinh-villages', title: 'Handicraft villages in Ninh Binh', publisher: 'amazingninhbinh.com', url: 'http://amazingninhbinh.com/handicraft-villages-in-ninh-binh/', language: 'en', note: SLUG_TITLE },
  { id: 'src:napicorp-kim-son', title: 'Kim Son sedge craft village', publisher: 'napicorp.com', url: 'https://napicorp.com/kim-son-sedge-craft-village/', language: 'en', note: SLUG_TITLE },
  { id: 'src:vnexpress-thanh-tien', title: 'Hue landscape gets a colorful Tet makeover courtesy of paper flower makers', publisher: 'VnExpress International', url: 'https://e.vnexpress.net/news/travel/places/hue-landscape-gets-a-colorful-tet-makeover-courtesy-of-paper-flower-makers-4042448.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:danangfantasticity-non-nuoc', title: 'Non Nuoc traditional stone carving village', publisher: 'Danang Fantasticity (Đà Nẵng tourism portal)', url: 'https://danangfantasticity.com/ja/culture-en/non-nuoc-traditional-stone-carving-village', language: 'en', note: `The URL carries a /ja/ prefix; page language not re-checked. ${SLUG_TITLE}` },
  { id: 'src:vietnam-vn-tuy-loan', title: 'Nghề làm bánh tráng Túy Loan của Đà Nẵng là di sản văn hóa phi vật thể quốc gia', publisher: 'Vietnam.vn', url: 'https://vietnam.vn/en/nghe-lam-banh-trang-tuy-loan-cua-da-nang-la-di-san-van-hoa-phi-vat-the-quoc-gia', language: 'en', note: `English page. ${SLUG_TITLE}` },
  { id: 'src:vnexpress-hoi-an-guild-villages', title: 'Three guild villages in Hoi An still in business after centuries', publisher: 'VnExpress International', url: 'https://e.vnexpress.net/photo/places/three-guild-villages-in-hoi-an-still-in-business-after-centuries-4485475.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:quangnamnews-kim-bong', title: 'Discovering another Hoi An', publisher: 'Quang Nam News (quangnamnews.vn)', url: 'http://quangnamnews.vn/tourism/discovering-another-hoi-an-65471.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamtourism-phuoc-kieu', title: 'Le village de fonderie de bronze de Phuoc Kiêu (Diên Phuong, Diên Bàn, Quang Nam)', publisher: 'Vietnam Tourism (vietnamtourism.vn), édition française', url: 'https://vietnamtourism.vn/fn/index.php/news/items/4560', language: 'fr', note: DESCRIPTIVE_TITLE },
  { id: 'src:sggpnews-bau-truc-unesco', title: 'UNESCO-honored pottery-making art of Cham people', publisher: 'SGGP News', url: 'https://www.sggpnews.org.vn/photo-gallery/unescohonored-potterymaking-art-of-cham-people-103787.html', date: '2022', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamplus-tag-bau-truc', title: 'VietnamPlus tag page: Bau Truc', publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/tags/Bau-Truc.vnp', language: 'en', note: DESCRIPTIVE_TITLE },
  { id: 'src:vietnamfriendship-trang-bang', title: 'Tay Ninh to hold culture-tourism week featuring Trang Bang rice paper next month', publisher: 'Vietnam Friendship (vietnamfriendship.com.vn)', url: 'http://vietnamfriendship.com.vn/Tay-Ninh-to-hold-culture-tourism-week-featuring-Trang-Bang-rice-paper-next-month-11-24204.html', language: 'en', note: SLUG_TITLE },
  { id: 'src:vietnamplus-tag-rice-paper', title: 'VietnamPlus tag page: rice paper', publisher: 'VietnamPlus (VNA)', url: 'https://en.vietnamplus.vn/tags/rice-paper.vnp', language: 'en', note: DESCRIPTIVE_TITLE },
  { id: 'src:nongthon-vietnamtourism-mo-cay', title: 'Mỏ Cày coconut candy village, Bến Tre (rural tourism portal, item 41680)', publisher: 'Vietnam National Authority of Tourism, rural tourism portal (nongthon.vietnamtourism.gov.vn)', url: 'https://nongthon.vietnamtourism.gov.vn/?lang=en&p=41680', language: 'en', note: DESCRIPTIVE_TITLE },
];

// ---------------------------------------------------------------------------------------------
// Builders.
// ---------------------------------------------------------------------------------------------

const nodes = [];
const links = [];

/** Adds a node: `label`, `id`, its properties and at least one source id. */
function addNode(label, id, props, sources) {
  nodes.push({ id, label, ...props, sources });
  return id;
}

/** Adds a link of `type` from `from` to `to` with its sources and optional link properties. */
function addLink(type, from, to, sources, props = {}) {
  links.push({ type, from, to, ...props, sources });
}

// ---------------------------------------------------------------------------------------------
// Program, project, outputs, sectors, market (real, from the founding document and 844 sources).
// ---------------------------------------------------------------------------------------------

const PROGRAM = addNode(
  'Program',
  'program:de-an-844',
  {
    name: 'Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025',
    nameEn: 'Project 844: Scheme to Support the National Innovative Startup Ecosystem to 2025',
    description:
      'Đề án 844 (ISEV), phê duyệt theo Quyết định 844/QĐ-TTg ngày 18/5/2016. Mục tiêu đến năm 2020: hỗ trợ 800 dự án, 200 doanh nghiệp khởi nghiệp, trong đó 50 doanh nghiệp gọi được vốn (khoảng 1.000 tỷ đồng). Đến năm 2025: 2.000 dự án, 600 doanh nghiệp khởi nghiệp, 100 doanh nghiệp gọi được vốn (khoảng 2.000 tỷ đồng). Targets to 2020: 800 projects, 200 startups, 50 raising venture capital or achieving M&A (about VND 1,000 bn); to 2025: 2,000 projects, 600 startups, 100 (about VND 2,000 bn).',
    code: '844/QĐ-TTg',
    decisionDate: '2016-05-18',
    endDate: '2025',
    note: 'Owned by the Ministry of Science and Technology; an executive board chaired by a MOST deputy minister steers it. MOST calls each year for organisations to carry out its tasks. Also known as "National Program 844 – Initiative for Startup Ecosystem in Viet Nam (ISEV)".',
  },
  ['src:phapluatcongdong-qd-844', 'src:startup-gov-de-an-844', 'src:unesco-decision-844', 'src:vtv-de-an-844-2016'],
);

const PROJECT = addNode(
  'Project',
  'project:ntbic-craft-villages-2020',
  {
    name: 'Liên kết khai thác nguồn lực hỗ trợ khởi nghiệp ĐMST trong lĩnh vực dịch vụ du lịch, ẩm thực, thủ công mỹ nghệ',
    nameEn: 'Linking resources to support innovative startups in tourism services, cuisine and handicrafts',
    description:
      'Nhiệm vụ thuộc Đề án 844 do Trung tâm Ươm tạo Công nghệ và Doanh nghiệp KHCN (NTBIC) thực hiện, nghiệm thu ngày 9/12/2020. Kết quả theo nguồn: 2 hội thảo khoa học, 5 hội thảo tham vấn, 2 khóa đào tạo nâng cao năng lực, 1 bộ tài liệu đào tạo, 1 mô hình phát triển doanh nghiệp theo nhóm ngành, 2 hội thảo kết nối, 1 Demoday; gần 1.000 lượt khách; kết nối 40 doanh nghiệp làng nghề; kết nối đầu tư cho 10 doanh nghiệp thủ công mỹ nghệ, tổng mức đầu tư cam kết 360.000 USD; kết nối doanh nghiệp với các tổ chức quốc tế để phát triển thị trường Nhật Bản. Task under Project 844, accepted on 9 Dec 2020: nearly 1,000 participant visits, 40 craft-village enterprises connected, investment connected for 10 handicraft enterprises with USD 360,000 committed in total, link to international organisations for the Japanese market.',
    acceptedDate: '2020-12-09',
    participantVisits: 960,
    participantVisitsReported: 'gần 1000 lượt khách (nearly 1,000 participant visits)',
    investmentCommitted: 360000,
    investmentCurrency: 'USD',
    propertyEvidence: 'participantVisits=ESTIMATED',
    evidenceNote: 'participantVisits: the document says "gần 1000 lượt khách" (nearly 1,000; participantVisitsReported, stated); 960 is a point value inside 900-1,000 chosen by this dataset, not a count.',
    note: 'The document gives only the acceptance date (2020-12-09) and says the task ran in 2020; start and end dates are not in the source and are left out. The USD 360,000 is an aggregate; its split over 10 investments in this dataset is an estimate.',
  },
  [FOUNDING],
);

addNode(
  'Output',
  'output:training-materials',
  {
    name: 'Bộ tài liệu đào tạo năng lực, huấn luyện các nhóm doanh nghiệp đổi mới sáng tạo tiềm năng',
    nameEn: 'Training materials for capacity building and coaching of potential innovative enterprise groups',
    kind: 'TRAINING_MATERIALS',
    date: '2020',
  },
  [FOUNDING],
);
addNode(
  'Output',
  'output:development-model',
  {
    name: 'Mô hình phát triển các doanh nghiệp theo nhóm ngành dịch vụ du lịch, ẩm thực, thủ công mỹ nghệ',
    nameEn: 'Model for developing enterprises by sector group: tourism services, cuisine, handicrafts',
    kind: 'DEVELOPMENT_MODEL',
    date: '2020',
  },
  [FOUNDING],
);

const SECTORS = [
  { code: 'HC', id: 'sector:handicrafts', name: 'Thủ công mỹ nghệ', nameEn: 'Handicrafts', note: 'Ceramics, wood, stone, lacquer, metal, textiles and embroidery, rattan, bamboo and sedge, paper, incense.' },
  { code: 'CU', id: 'sector:cuisine', name: 'Ẩm thực', nameEn: 'Cuisine', note: 'Food-processing craft villages: cốm, bánh tráng and bánh đa, fish sauce, confectionery.' },
  { code: 'TS', id: 'sector:tourism-services', name: 'Dịch vụ du lịch', nameEn: 'Tourism services', note: 'Cross-cutting: a village in this sector runs visitor or experience tourism next to its craft.' },
];
const SECTOR_ID = {};
for (const s of SECTORS) {
  SECTOR_ID[s.code] = addNode('Sector', s.id, { name: s.name, nameEn: s.nameEn, code: s.code, note: s.note }, [FOUNDING]);
}

const JAPAN = addNode('Market', 'market:japan', { name: 'Nhật Bản', nameEn: 'Japan', countryCode: 'JP' }, [FOUNDING]);

// ---------------------------------------------------------------------------------------------
// Provinces (2020 administration) and craft villages (ecosystem-facts.md §4).
// ---------------------------------------------------------------------------------------------

const PROVINCE_SOURCES = ['src:baothanhhoa-nq-60', 'src:bnews-provinces-2025'];
const PROVINCES = [
  { slug: 'ha-noi', name: 'Hà Nội', nameEn: 'Hanoi', note: 'Kept its name in the 1 Jul 2025 provincial reorganisation.' },
  { slug: 'bac-ninh', name: 'Bắc Ninh', nameEn: 'Bac Ninh province', note: 'From 1 Jul 2025 the merged Bắc Ninh province also covers the former Bắc Giang province.' },
  { slug: 'bac-giang', name: 'Bắc Giang', nameEn: 'Bac Giang province', note: 'From 1 Jul 2025 part of Bắc Ninh province.' },
  { slug: 'hai-duong', name: 'Hải Dương', nameEn: 'Hai Duong province', note: 'From 1 Jul 2025 part of Hải Phòng city.' },
  { slug: 'thai-binh', name: 'Thái Bình', nameEn: 'Thai Binh province', note: 'From 1 Jul 2025 part of Hưng Yên province.' },
  { slug: 'ninh-binh', name: 'Ninh Bình', nameEn: 'Ninh Binh province', note: 'Still named Ninh Bình after the 1 Jul 2025 reorganisation.' },
  { slug: 'thua-thien-hue', name: 'Thừa Thiên Huế', nameEn: 'Thua Thien Hue province', note: 'Now Huế city (centrally governed).' },
  { slug: 'da-nang', name: 'Đà Nẵng', nameEn: 'Da Nang city', note: 'From 1 Jul 2025 the merged Đà Nẵng city also covers the former Quảng Nam province.' },
  { slug: 'quang-nam', name: 'Quảng Nam', nameEn: 'Quang Nam province', note: 'From 1 Jul 2025 part of Đà Nẵng city.' },
  { slug: 'ninh-thuan', name: 'Ninh Thuận', nameEn: 'Ninh Thuan province', note: 'From 1 Jul 2025 part of Khánh Hòa province (uncertain in the research notes: the merger pair was not in the excerpt read).' },
  { slug: 'tay-ninh', name: 'Tây Ninh', nameEn: 'Tay Ninh province', note: 'Still named Tây Ninh after the 1 Jul 2025 reorganisation.' },
  { slug: 'can-tho', name: 'Cần Thơ', nameEn: 'Can Tho city', note: 'Still named Cần Thơ after the 1 Jul 2025 reorganisation.' },
  { slug: 'ben-tre', name: 'Bến Tre', nameEn: 'Ben Tre province', note: 'From 1 Jul 2025 part of Vĩnh Long province.' },
];

/**
 * The 28 real craft villages. `sectors` uses HC (handicrafts), CU (cuisine), TS (tourism services).
 * `commune` and `district` are the 2020 administration as given by the research notes; missing
 * where the notes do not give them.
 */
const VILLAGES = [
  { slug: 'bat-trang', name: 'Làng gốm Bát Tràng', nameEn: 'Bat Trang pottery village', craft: 'Gốm sứ', craftEn: 'Ceramics', commune: 'Bát Tràng', district: 'Gia Lâm', province: 'ha-noi', sectors: ['HC', 'TS'], source: 'src:vietnamplus-bat-trang' },
  { slug: 'van-phuc', name: 'Làng lụa Vạn Phúc', nameEn: 'Van Phuc silk village (Ha Dong)', craft: 'Dệt lụa', craftEn: 'Silk weaving', commune: 'Vạn Phúc', district: 'Hà Đông', province: 'ha-noi', sectors: ['HC', 'TS'], source: 'src:vietnamplus-hanoi-craft-tourism-week' },
  { slug: 'chuong', name: 'Làng nón Chuông', nameEn: 'Chuong conical hat village', craft: 'Làm nón lá', craftEn: 'Conical hats (nón lá)', commune: 'Phương Trung', district: 'Thanh Oai', province: 'ha-noi', sectors: ['HC', 'TS'], source: 'src:vietnam-vn-lang-chuong' },
  { slug: 'phu-vinh', name: 'Làng mây tre đan Phú Vinh', nameEn: 'Phu Vinh rattan and bamboo weaving village', craft: 'Mây tre đan', craftEn: 'Rattan and bamboo weaving', commune: 'Phú Nghĩa', district: 'Chương Mỹ', province: 'ha-noi', sectors: ['HC', 'TS'], source: 'src:chucson-hanoi-villages' },
  { slug: 'quang-phu-cau', name: 'Làng hương Quảng Phú Cầu', nameEn: 'Quang Phu Cau incense village', craft: 'Làm hương', craftEn: 'Incense sticks', commune: 'Quảng Phú Cầu', district: 'Ứng Hòa', province: 'ha-noi', sectors: ['HC', 'TS'], source: 'src:vietnamplus-incense-village' },
  { slug: 'vinh-thinh', name: 'Làng nón Vĩnh Thịnh', nameEn: 'Vinh Thinh conical hat village', craft: 'Làm nón lá', craftEn: 'Conical hats', district: 'Thanh Trì', province: 'ha-noi', sectors: ['HC'], source: 'src:vietnamplus-vinh-thinh', note: 'Recognised as a Hà Nội traditional craft village in 2020.' },
  { slug: 'vong', name: 'Làng cốm Vòng', nameEn: 'Vong green rice flakes village (Lang Vong)', craft: 'Làm cốm', craftEn: 'Green rice flakes (cốm)', commune: 'Dịch Vọng Hậu', district: 'Cầu Giấy', province: 'ha-noi', sectors: ['CU'], source: 'src:nhandan-com-vong' },
  { slug: 'dong-ky', name: 'Làng đồ gỗ mỹ nghệ Đồng Kỵ', nameEn: 'Dong Ky fine-art wooden furniture village', craft: 'Đồ gỗ mỹ nghệ', craftEn: 'Fine-art wooden furniture', commune: 'Đồng Kỵ', district: 'Từ Sơn', province: 'bac-ninh', sectors: ['HC'], source: 'src:vccinews-dong-ky' },
  { slug: 'phu-khe', name: 'Làng chạm khắc gỗ Phù Khê', nameEn: 'Phu Khe wood carving village', craft: 'Chạm khắc gỗ', craftEn: 'Wood carving', commune: 'Phù Khê', district: 'Từ Sơn', province: 'bac-ninh', sectors: ['HC'], source: 'src:bacninh-phu-khe', note: 'The wood carving craft is national intangible cultural heritage.' },
  { slug: 'phu-lang', name: 'Làng gốm Phù Lãng', nameEn: 'Phu Lang pottery village', craft: 'Gốm men', craftEn: 'Glazed pottery', commune: 'Phù Lãng', district: 'Quế Võ', province: 'bac-ninh', sectors: ['HC', 'TS'], source: 'src:holidayinvietnam-phu-lang' },
  { slug: 'dong-ho', name: 'Làng tranh Đông Hồ', nameEn: 'Dong Ho folk woodblock painting village', craft: 'Tranh dân gian khắc gỗ', craftEn: 'Folk woodblock painting', commune: 'Song Hồ', district: 'Thuận Thành', province: 'bac-ninh', sectors: ['HC', 'TS'], source: 'src:vietnamhotels-bac-ninh-villages' },
  { slug: 'tho-ha', name: 'Làng bánh đa Thổ Hà', nameEn: 'Tho Ha rice paper and cracker village', craft: 'Bánh đa, bánh tráng (xưa: gốm)', craftEn: 'Rice paper and crackers (historically pottery)', commune: 'Vân Hà', district: 'Việt Yên', province: 'bac-giang', sectors: ['CU', 'TS'], source: 'src:phnompenhpost-rice-paper', note: 'Province after 1 Jul 2025: Bắc Ninh.' },
  { slug: 'chu-dau', name: 'Làng gốm Chu Đậu', nameEn: 'Chu Dau ceramics village', craft: 'Gốm sứ', craftEn: 'Ceramics (revived)', commune: 'Thái Tân', district: 'Nam Sách', province: 'hai-duong', sectors: ['HC', 'TS'], source: 'src:vietnamplus-chu-dau', note: 'Province after 1 Jul 2025: Hải Phòng.' },
  { slug: 'du-dai', name: 'Làng bánh đa Du Đài', nameEn: 'Du Dai rice cracker village', craft: 'Bánh đa', craftEn: 'Rice crackers (bánh đa)', district: 'Quỳnh Phụ', province: 'thai-binh', sectors: ['CU'], source: 'src:laodong-du-dai', note: 'After 1 Jul 2025: Quỳnh An commune, Hưng Yên province (per the source).' },
  { slug: 'van-lam', name: 'Làng thêu ren Văn Lâm', nameEn: 'Van Lam lace embroidery village', craft: 'Thêu ren', craftEn: 'Lace embroidery', commune: 'Ninh Hải', district: 'Hoa Lư', province: 'ninh-binh', sectors: ['HC', 'TS'], source: 'src:amazingninhbinh-villages' },
  { slug: 'kim-son', name: 'Làng nghề cói Kim Sơn', nameEn: 'Kim Son sedge weaving village', craft: 'Dệt cói', craftEn: 'Sedge weaving', district: 'Kim Sơn', province: 'ninh-binh', sectors: ['HC'], source: 'src:napicorp-kim-son' },
  { slug: 'thanh-tien', name: 'Làng hoa giấy Thanh Tiên', nameEn: 'Thanh Tien paper flower village', craft: 'Làm hoa giấy', craftEn: 'Paper flowers', commune: 'Phú Mậu', district: 'Phú Vang', province: 'thua-thien-hue', sectors: ['HC', 'TS'], source: 'src:vnexpress-thanh-tien', note: 'After 1 Jul 2025: Huế city.' },
  { slug: 'non-nuoc', name: 'Làng đá mỹ nghệ Non Nước', nameEn: 'Non Nuoc marble carving village', craft: 'Chạm khắc đá', craftEn: 'Marble stone carving', commune: 'Hòa Hải', district: 'Ngũ Hành Sơn', province: 'da-nang', sectors: ['HC', 'TS'], source: 'src:danangfantasticity-non-nuoc' },
  { slug: 'nam-o', name: 'Làng nước mắm Nam Ô', nameEn: 'Nam O fish sauce village', craft: 'Làm nước mắm', craftEn: 'Fish sauce', commune: 'Hòa Hiệp Nam, Hòa Hiệp Bắc', district: 'Liên Chiểu', province: 'da-nang', sectors: ['CU', 'TS'], source: 'src:sggp-nam-o-heritage', note: 'Nam Ô fish sauce making is national intangible cultural heritage (recognised by the Ministry of Culture, Sports and Tourism).' },
  { slug: 'tuy-loan', name: 'Làng bánh tráng Túy Loan', nameEn: 'Tuy Loan rice paper village', craft: 'Làm bánh tráng', craftEn: 'Rice paper (bánh tráng)', commune: 'Hòa Phong', district: 'Hòa Vang', province: 'da-nang', sectors: ['CU', 'TS'], source: 'src:vietnam-vn-tuy-loan', note: 'The craft is national intangible cultural heritage.' },
  { slug: 'thanh-ha', name: 'Làng gốm Thanh Hà', nameEn: 'Thanh Ha terracotta pottery village', craft: 'Gốm đất nung', craftEn: 'Terracotta pottery', commune: 'Thanh Hà', district: 'Hội An', province: 'quang-nam', sectors: ['HC', 'TS'], source: 'src:vnexpress-hoi-an-guild-villages', note: 'The craft is national intangible cultural heritage. Province after 1 Jul 2025: Đà Nẵng.' },
  { slug: 'kim-bong', name: 'Làng mộc Kim Bồng', nameEn: 'Kim Bong carpentry village', craft: 'Mộc, đóng ghe thuyền', craftEn: 'Carpentry and boat-building', commune: 'Cẩm Kim', district: 'Hội An', province: 'quang-nam', sectors: ['HC', 'TS'], source: 'src:quangnamnews-kim-bong', note: 'Province after 1 Jul 2025: Đà Nẵng.' },
  { slug: 'phuoc-kieu', name: 'Làng đúc đồng Phước Kiều', nameEn: 'Phuoc Kieu bronze casting village', craft: 'Đúc đồng, chiêng', craftEn: 'Bronze casting, gongs', commune: 'Điện Phương', district: 'Điện Bàn', province: 'quang-nam', sectors: ['HC'], source: 'src:vietnamtourism-phuoc-kieu', note: 'Province after 1 Jul 2025: Đà Nẵng.' },
  { slug: 'bau-truc', name: 'Làng gốm Bàu Trúc', nameEn: 'Bau Truc Cham pottery village', craft: 'Gốm Chăm', craftEn: 'Cham pottery', commune: 'Phước Dân', district: 'Ninh Phước', province: 'ninh-thuan', sectors: ['HC', 'TS'], source: 'src:sggpnews-bau-truc-unesco', note: "Cham pottery-making art inscribed on UNESCO's List of Intangible Cultural Heritage in Need of Urgent Safeguarding (29 Nov 2022). Province after 1 Jul 2025: Khánh Hòa (uncertain)." },
  { slug: 'my-nghiep', name: 'Làng dệt thổ cẩm Mỹ Nghiệp', nameEn: 'My Nghiep Cham brocade weaving village', craft: 'Dệt thổ cẩm Chăm', craftEn: 'Cham brocade weaving', district: 'Ninh Phước', province: 'ninh-thuan', sectors: ['HC', 'TS'], source: 'src:vietnamplus-tag-bau-truc', note: 'Province after 1 Jul 2025: Khánh Hòa (uncertain).' },
  { slug: 'trang-bang', name: 'Làng bánh tráng phơi sương Trảng Bàng', nameEn: 'Trang Bang dew-wetted rice paper village', craft: 'Bánh tráng phơi sương', craftEn: 'Dew-wetted rice paper', district: 'Trảng Bàng', province: 'tay-ninh', sectors: ['CU', 'TS'], source: 'src:vietnamfriendship-trang-bang', note: 'The craft is national intangible cultural heritage (2016).' },
  { slug: 'thuan-hung', name: 'Làng bánh tráng Thuận Hưng', nameEn: 'Thuan Hung rice paper village', craft: 'Làm bánh tráng', craftEn: 'Rice paper', commune: 'Thuận Hưng', district: 'Thốt Nốt', province: 'can-tho', sectors: ['CU'], source: 'src:vietnamplus-tag-rice-paper', note: 'The craft is national intangible cultural heritage.' },
  { slug: 'mo-cay', name: 'Làng nghề kẹo dừa Mỏ Cày', nameEn: 'Mo Cay coconut candy village (Ben Tre)', craft: 'Kẹo dừa', craftEn: 'Coconut candy', district: 'Mỏ Cày Nam', province: 'ben-tre', sectors: ['CU', 'TS'], source: 'src:nongthon-vietnamtourism-mo-cay', note: 'Province after 1 Jul 2025: Vĩnh Long (per the source: "now part of Vinh Long").' },
];

for (const p of PROVINCES) {
  const villageSources = VILLAGES.filter((v) => v.province === p.slug).map((v) => v.source);
  addNode('Province', `province:${p.slug}`, { name: p.name, nameEn: p.nameEn, note: p.note }, unique([...PROVINCE_SOURCES, ...villageSources]));
}

for (const v of VILLAGES) {
  const id = addNode(
    'CraftVillage',
    `village:${v.slug}`,
    {
      name: v.name,
      nameEn: v.nameEn,
      craft: v.craft,
      craftEn: v.craftEn,
      ...(v.commune ? { commune: v.commune } : {}),
      district: v.district,
      ...(v.note ? { note: v.note } : {}),
    },
    [v.source],
  );
  addLink('LOCATED_IN', id, `province:${v.province}`, [v.source]);
  for (const code of v.sectors) addLink('ACTIVE_IN', id, SECTOR_ID[code], [v.source]);
}

// ---------------------------------------------------------------------------------------------
// Real organizations (ecosystem-facts.md §2–3), with their 2020 parents.
// ---------------------------------------------------------------------------------------------

const ORGANIZATIONS = [
  // State management organisations.
  { id: 'org:most', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Bộ Khoa học và Công nghệ', nameEn: 'Ministry of Science and Technology (MOST)', shortName: 'MOST', note: 'Owns Project 844. Merged with the Ministry of Information and Communications in 2025 (functions set by Decree 55/2025/NĐ-CP of 2 Mar 2025).', sources: ['src:dean844-board-2024', 'src:unesco-decision-844', 'src:vietnam-vn-most-functions-2025'] },
  { id: 'org:natec', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Cục Phát triển thị trường và doanh nghiệp khoa học và công nghệ', nameEn: 'National Agency for Technology Entrepreneurship and Commercialization Development (NATEC)', shortName: 'NATEC', note: 'Runs Techfest and the startup programme; no source seen names it the formal standing office of Project 844. From 2025 MOST has a Cục Khởi nghiệp và Doanh nghiệp công nghệ (Department of Startups and Technology Enterprises); whether it is NATEC renamed or a merger is uncertain. NTBIC is not part of NATEC.', sources: ['src:btv-natec-2022', 'src:sggpnews-techfest-2022', 'src:vnexpress-most-appointments-2025'] },
  { id: 'org:mard', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Bộ Nông nghiệp và Phát triển nông thôn', nameEn: 'Ministry of Agriculture and Rural Development (MARD)', shortName: 'MARD', note: 'Leads state management of craft villages (recognition criteria, Decree 52/2018/NĐ-CP on rural industries; proposed Decision 801/QĐ-TTg of 2022). Merged into the Ministry of Agriculture and Environment in 2025.', sources: ['src:thuvienphapluat-qd-801', 'src:arit-kyyeu-p201', 'src:vjs-tinh-hoa-tram-nghe'] },
  { id: 'org:dcrd', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Cục Kinh tế hợp tác và Phát triển nông thôn', nameEn: 'Department of Cooperatives and Rural Development (DCRD)', shortName: 'DCRD', note: "MARD's craft-village and rural-industry unit. Its name after the 2025 restructuring is uncertain.", sources: ['src:sggp-handicrafts-italy-2023'] },
  { id: 'org:agritrade', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Trung tâm Xúc tiến thương mại nông nghiệp', nameEn: 'Vietnam Trade Promotion Center for Agriculture (AGRITRADE)', shortName: 'AGRITRADE', note: 'Organises craft fairs at home and abroad. Now under the Ministry of Agriculture and Environment.', sources: ['src:sggp-handicrafts-italy-2023', 'src:vjs-tinh-hoa-tram-nghe'] },
  { id: 'org:moit', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Bộ Công Thương', nameEn: 'Ministry of Industry and Trade (MOIT)', shortName: 'MOIT', sources: ['src:vietnamplus-handicraft-value-chain', 'src:vietnamnews-trade-promotion-2017'] },
  { id: 'org:vietrade', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Cục Xúc tiến thương mại', nameEn: 'Vietnam Trade Promotion Agency (VIETRADE)', shortName: 'VIETRADE', note: 'Runs the National Trade Promotion Programme; handicraft value-chain project with KOICA (2017-2020); co-organises the Lifestyle Vietnam fair with VIETCRAFT.', sources: ['src:vietnamplus-handicraft-value-chain', 'src:vietnamnews-trade-promotion-2017'] },
  { id: 'org:arit', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Cục Công Thương địa phương', nameEn: 'Agency for Regional Industry Development (ARIT)', shortName: 'ARIT', note: 'Industrial extension (khuyến công) for rural industry and handicrafts. In 2025 khuyến công sits in the Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công; the exact lineage from ARIT is uncertain.', sources: ['src:arit-kyyeu-p201'] },
  { id: 'org:mocst', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Bộ Văn hóa, Thể thao và Du lịch', nameEn: 'Ministry of Culture, Sports and Tourism (MOCST)', shortName: 'MOCST', note: 'Lists crafts as national intangible cultural heritage (e.g. Nam Ô fish sauce making).', sources: ['src:sggp-nam-o-heritage', 'src:vanhoanghethuat-vnat'] },
  { id: 'org:vnat', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Tổng cục Du lịch', nameEn: 'Vietnam National Administration of Tourism (VNAT)', shortName: 'VNAT', note: 'The tourism-services regulator; named "Tổng cục Du lịch" in 2020 and "Cục Du lịch Quốc gia Việt Nam" (Vietnam National Authority of Tourism) in 2025.', sources: ['src:vanhoanghethuat-vnat'] },
  { id: 'org:mpi', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Bộ Kế hoạch và Đầu tư', nameEn: 'Ministry of Planning and Investment (MPI)', shortName: 'MPI', note: "NIC's parent from 2019 to early 2025; by 2025 NIC was under the Ministry of Finance.", sources: ['src:vjst-qd-1269', 'src:vietnamnews-nic-japan-2025'] },
  { id: 'org:dost-quang-nam', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Sở Khoa học và Công nghệ tỉnh Quảng Nam', nameEn: 'Quang Nam Department of Science and Technology', shortName: 'DOST Quảng Nam', note: "Provincial department under the Quảng Nam People's Committee. Its deputy director Phạm Ngọc Sinh heads the provincial executive board for innovative startups, which coordinates the province's startup-ecosystem work (the local side of Project 844). Quảng Nam became part of Đà Nẵng on 1 Jul 2025.", sources: ['src:baoquangnam-startup-board'] },
  { id: 'org:hanoi-dard', label: 'GovernmentAgency', sphere: 'GOVERNMENT', name: 'Sở Nông nghiệp và Phát triển nông thôn Hà Nội', nameEn: 'Hanoi Department of Agriculture and Rural Development', shortName: 'Hanoi DARD', note: "Under the Hanoi People's Committee; recognises craft villages. Reported 274 recognised craft villages and 48 recognised traditional craft villages (Jun 2024); other sources give different counts.", sources: ['src:kinhtenongthon-hanoi-dard-2024'] },

  // Organisations that support enterprises.
  { id: 'org:ntbic', label: 'SupportOrganization', sphere: 'GOVERNMENT', name: 'Trung tâm Ươm tạo Công nghệ và Doanh nghiệp KH&CN', nameEn: 'Technology Business Incubator Center (NTBIC)', shortName: 'NTBIC', description: 'Trung tâm Ươm tạo Công nghệ và Doanh nghiệp KHCN (Trung tâm Ươm tạo Công nghệ và Doanh nghiệp Khoa học và Công nghệ), Viện Ứng dụng Công nghệ. Also written "National Centre for Technological Progress – Technology Business Incubator Center".', note: 'Implementer of the 2020 craft-village task. A public unit of NACENTECH (MOST), not of NATEC. Sphere GOVERNMENT: a state-owned incubator inside the ministry hierarchy. Received a EUR 170,000 BIPP grant (contract signed 22 Sep 2016) for incubation in Hà Nội.', sources: [FOUNDING, 'src:congthuong-bipp', 'src:thongtinkhcn-bipp-2016', 'src:baodanang-bipp-2018'] },
  { id: 'org:nic', label: 'SupportOrganization', sphere: 'GOVERNMENT', name: 'Trung tâm Đổi mới sáng tạo Quốc gia', nameEn: 'Vietnam National Innovation Center (NIC)', shortName: 'NIC', founded: '2019-10-02', note: 'Set up by Decision 1269/QĐ-TTg (2 Oct 2019) under MPI; under the Ministry of Finance in 2025. Campus in Hòa Lạc Hi-Tech Park. Japan gave JPY 300 million (about USD 2 million) in ODA through UNDP (Feb 2025).', sources: ['src:vjst-qd-1269', 'src:vneconomy-nic', 'src:vietnamnews-nic-japan-2025'] },
  { id: 'org:bk-holdings', label: 'SupportOrganization', sphere: 'ACADEMIA', name: 'BK Holdings (Vườn ươm BK Holdings)', nameEn: 'BK Holdings Incubator', shortName: 'BK Holdings', founded: '2008', note: 'First university holding-company incubator in Vietnam; took part in Project 844 activities.', sources: ['src:khoahocphattrien-bk-incubator-2019', 'src:vneconomy-bk-holdings-2026'] },
  { id: 'org:vsv', label: 'SupportOrganization', sphere: 'GOVERNMENT', name: 'Đề án Thung lũng Silicon Việt Nam', nameEn: 'Vietnam Silicon Valley (VSV) accelerator', shortName: 'VSV', note: 'MOST-backed accelerator started around 2013; office at 24 Lý Thường Kiệt, Hà Nội (MOST building). Project lead Thạch Lê Anh.', sources: ['src:tiasang-vsv', 'src:anninhthudo-vsv'] },
  { id: 'org:hcmut-tbi', label: 'SupportOrganization', sphere: 'ACADEMIA', name: 'Trung tâm Ươm tạo Doanh nghiệp Công nghệ – Đại học Bách khoa TP. Hồ Chí Minh', nameEn: 'HCMUT Technology Business Incubator (HCMUT-TBI)', shortName: 'HCMUT-TBI', note: 'Received a EUR 100,000 BIPP grant.', sources: ['src:congthuong-bipp', 'src:baodanang-bipp-2018'] },
  { id: 'org:fiis', label: 'SupportOrganization', sphere: 'ACADEMIA', name: 'Trung tâm Sáng tạo và Ươm tạo FTU', nameEn: 'FTU Innovation & Incubation Center (FIIS)', shortName: 'FIIS', founded: '2017-04', note: 'University incubator of the Foreign Trade University, Hà Nội.', sources: ['src:ftu-fiis'] },

  // Intermediaries and innovation brokers.
  { id: 'org:vcva', label: 'Intermediary', sphere: 'CIVIL_SOCIETY', name: 'Hiệp hội Làng nghề Việt Nam', nameEn: 'Vietnam Craft Village Association (VCVA)', shortName: 'VCVA', founded: '2005-02-03', note: 'Set up by Decision 22/2005/QĐ-BNV (3 Feb 2005); first congress 20 May 2005. More than 13,000 members across 61 of 63 provinces; confers artisan titles and runs craft fairs. Nhân Dân also writes "Viet Nam Association of Craft Villages".', sources: ['src:langngheviet-vcva-founding', 'src:nhandan-artisans-vcva'] },
  { id: 'org:vietcraft', label: 'Intermediary', sphere: 'CIVIL_SOCIETY', name: 'Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam', nameEn: 'Vietnam Handicraft Exporters Association (VIETCRAFT)', shortName: 'VIETCRAFT', note: 'Trade association; "Vietcraft Excellence" label.', sources: ['src:vietnamplus-fr-lifestyle-2011', 'src:vietnamplus-vietcraft-excellence'] },
  { id: 'org:vcci', label: 'Intermediary', sphere: 'CIVIL_SOCIETY', name: 'Phòng Thương mại và Công nghiệp Việt Nam', nameEn: 'Vietnam Chamber of Commerce and Industry (VCCI)', shortName: 'VCCI', founded: '1963-04-27', note: 'Set up by Decision 58-CP (27 Apr 1963). National Startup Program since 2002; member of the Global Entrepreneurship Network.', sources: ['src:lforum-vcci', 'src:vccinews-vcci-47821'] },
  { id: 'org:nam-o-fish-sauce-association', label: 'Intermediary', sphere: 'CIVIL_SOCIETY', name: 'Hội Làng nghề nước mắm Nam Ô', nameEn: 'Nam O Fish Sauce Craft Village Association', note: 'Village-level association in Liên Chiểu, Đà Nẵng: 69 members as of Jan 2024, including 3 cooperatives.', sources: ['src:baodanang-nam-o-2024'] },

  // Research and technology-innovation organisations.
  { id: 'org:nacentech', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Viện Ứng dụng Công nghệ', nameEn: 'National Center for Technological Progress (NACENTECH)', shortName: 'NACENTECH', website: 'https://nacentech.vn', founded: '1984-11-16', note: 'Public S&T unit of MOST (listed under Decision 1101/QĐ-TTg); started on 16 Nov 1984 as the National Institute for Technology Research. Reorganised into Viện Đổi mới sáng tạo Quốc gia (National Innovation Institute) by Decision 37/QĐ-TTg of 8 Jan 2026, operating until the transition is finished; director from Dec 2025: Phạm Hồng Quất.', sources: ['src:nacentech-labor-medal', 'src:baomoi-qd-1101', 'src:vneconomy-most-units-2026', 'src:vnexpress-most-appointments-2025'] },
  { id: 'org:vast', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', nameEn: 'Vietnam Academy of Science and Technology (VAST)', shortName: 'VAST', note: 'Agency under the Government (Decree 106/2022/NĐ-CP); no parent node.', sources: ['src:vast-about'] },
  { id: 'org:visti', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Học viện Khoa học, Công nghệ và Đổi mới sáng tạo', nameEn: 'Vietnam Institute of Science, Technology and Innovation (VISTI)', shortName: 'VISTI', founded: '2018-02-23', note: 'Formed by Decision 08/2018/QĐ-TTg (23 Feb 2018) from the National Institute for S&T Policy and Strategy Studies (NISTPASS) and the S&T Management School; the unit of 2020. Became part of Học viện Chiến lược KH&CN (VISTS) by Decision 17/2025/QĐ-TTg, from 16 Jun 2025.', sources: ['src:luatvietnam-qd-08-2018', 'src:dientuungdung-vists-2025'] },
  { id: 'org:viri', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Viện Nghiên cứu và Phát triển ngành nghề nông thôn Việt Nam', nameEn: 'Vietnam Rural Industries Research and Development Institute (VIRI)', shortName: 'VIRI', website: 'https://viri.org.vn', note: 'Independent institute; craft and agro-processing projects (EU SWITCH-Asia, USAID); ASEAN award for rural development and poverty reduction.', sources: ['src:viri-asean-award'] },
  { id: 'org:ipsard', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Viện Chính sách và Chiến lược Phát triển Nông nghiệp Nông thôn', nameEn: 'Institute of Policy and Strategy for Agriculture and Rural Development (IPSARD)', shortName: 'IPSARD', sources: ['src:agro-ipsard'] },
  { id: 'org:hust', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Đại học Bách khoa Hà Nội', nameEn: 'Hanoi University of Science and Technology (HUST)', shortName: 'HUST', note: 'Parent of BK Holdings.', sources: ['src:khoahocphattrien-bk-incubator-2019', 'src:vneconomy-bk-holdings-2026'] },
  { id: 'org:ftu', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Đại học Ngoại thương', nameEn: 'Foreign Trade University (FTU)', shortName: 'FTU', note: 'Parent of FIIS.', sources: ['src:ftu-fiis'] },
  { id: 'org:hcmut', label: 'ResearchInstitute', sphere: 'ACADEMIA', name: 'Trường Đại học Bách khoa TP. Hồ Chí Minh', nameEn: 'Ho Chi Minh City University of Technology (HCMUT)', shortName: 'HCMUT', note: 'Parent of HCMUT-TBI.', sources: ['src:congthuong-bipp', 'src:baodanang-bipp-2018'] },

  // International partners.
  { id: 'org:jica', label: 'InternationalOrganization', sphere: 'INTERNATIONAL', name: 'Cơ quan Hợp tác Quốc tế Nhật Bản', nameEn: 'Japan International Cooperation Agency (JICA)', shortName: 'JICA', note: 'Nothing shows that JICA took part in the NTBIC 2020 task; it is deliberately not linked to it or to the Japan market node.', sources: ['src:jica-artisan-craft-study'] },
  { id: 'org:jetro', label: 'InternationalOrganization', sphere: 'INTERNATIONAL', name: 'Tổ chức Xúc tiến Thương mại Nhật Bản', nameEn: 'Japan External Trade Organization (JETRO)', shortName: 'JETRO', note: 'Seminars on handicraft exports to Japan with the Vietnamese trade promotion body (2000s). Nothing shows that JETRO took part in the NTBIC 2020 task; it is deliberately not linked to it or to the Japan market node.', sources: ['src:vccinews-jetro-4940', 'src:vietnambusiness-handicrafts-branding', 'src:vietnamplus-nic-jetro-2023'] },
  { id: 'org:koica', label: 'InternationalOrganization', sphere: 'INTERNATIONAL', name: 'Cơ quan Hợp tác Quốc tế Hàn Quốc', nameEn: 'Korea International Cooperation Agency (KOICA)', shortName: 'KOICA', sources: ['src:vietnamplus-handicraft-value-chain'] },
  { id: 'org:bipp', label: 'InternationalOrganization', sphere: 'INTERNATIONAL', name: 'Dự án hỗ trợ xây dựng chính sách đổi mới và phát triển các cơ sở ươm tạo doanh nghiệp (BIPP)', nameEn: 'Support to the Innovation and Development of Business Incubators Policy Project (BIPP), Belgian-funded', shortName: 'BIPP', note: 'Funded by the Belgian government; started in 2014 with an initial budget of EUR 4.4 million (EUR 4 million from Belgium), cut to EUR 2 million to 2018; supported MOST on incubator policy.', sources: ['src:baodanang-bipp-2018', 'src:baobacgiang-bipp-2018', 'src:thongtinkhcn-bipp-2016'] },
];

for (const { id, label, sources, ...props } of ORGANIZATIONS) addNode(label, id, props, sources);

// Parents in 2020 (PART_OF), with validity where known.
const PARENTS = [
  ['org:ntbic', 'org:nacentech', ['src:congthuong-bipp', 'src:thongtinkhcn-bipp-2016', 'src:baodanang-bipp-2018'], {}],
  ['org:nacentech', 'org:most', ['src:baomoi-qd-1101', 'src:vneconomy-most-units-2026'], { note: 'Reorganised into Viện Đổi mới sáng tạo Quốc gia (still under MOST) by Decision 37/QĐ-TTg of 8 Jan 2026.' }],
  ['org:natec', 'org:most', ['src:btv-natec-2022', 'src:sggpnews-techfest-2022'], {}],
  ['org:visti', 'org:most', ['src:luatvietnam-qd-08-2018'], { since: '2018-02-23' }],
  ['org:dcrd', 'org:mard', ['src:sggp-handicrafts-italy-2023'], {}],
  ['org:agritrade', 'org:mard', ['src:sggp-handicrafts-italy-2023', 'src:vjs-tinh-hoa-tram-nghe'], {}],
  ['org:ipsard', 'org:mard', ['src:agro-ipsard'], {}],
  ['org:vietrade', 'org:moit', ['src:vietnamplus-handicraft-value-chain', 'src:vietnamnews-trade-promotion-2017'], {}],
  ['org:arit', 'org:moit', ['src:arit-kyyeu-p201'], {}],
  ['org:vnat', 'org:mocst', ['src:vanhoanghethuat-vnat'], {}],
  ['org:nic', 'org:mpi', ['src:vjst-qd-1269', 'src:vietnamnews-nic-japan-2025'], { since: '2019-10-02', until: '2025', note: 'Under the Ministry of Finance by 2025.' }],
  ['org:bk-holdings', 'org:hust', ['src:khoahocphattrien-bk-incubator-2019', 'src:vneconomy-bk-holdings-2026'], { since: '2008' }],
  ['org:fiis', 'org:ftu', ['src:ftu-fiis'], { since: '2017-04' }],
  ['org:hcmut-tbi', 'org:hcmut', ['src:congthuong-bipp', 'src:baodanang-bipp-2018'], {}],
];
for (const [from, to, sources, props] of PARENTS) addLink('PART_OF', from, to, sources, props);

// Other documented ties between real actors (only those in the research notes and their sources).
addLink('MANAGES', 'org:most', PROGRAM, ['src:dean844-board-2024', 'src:unesco-decision-844', 'src:phapluatcongdong-qd-844']);
addLink('MANAGES', 'org:most', PROJECT, [FOUNDING, 'src:thuonghieusanpham-844-call-2020'], {
  evidence: 'INFERRED',
  evidenceNote: 'Inferred, not stated: MOST selects and oversees Project 844 tasks through yearly calls (the cited call is for 2021 tasks); the founding document places the task under Project 844 but says nothing of who managed it.',
  note: 'MOST selects and oversees Project 844 tasks through yearly calls; the founding document places the task under Project 844.',
});
addLink('FUNDS', PROGRAM, PROJECT, [FOUNDING], {
  evidence: 'INFERRED',
  evidenceNote: 'Inferred, not stated: the document says the task was carried out under Project 844 ("thuộc đề án 844"), not that the program funded it; Project 844 tasks are funded from the program, which this link assumes.',
  note: 'The task was carried out under Project 844 ("thuộc đề án 844").',
});
addLink('IMPLEMENTS', 'org:ntbic', PROJECT, [FOUNDING], { role: 'implementer' });
addLink('TARGETS_MARKET', PROJECT, JAPAN, [FOUNDING], { note: 'The team connected enterprises with international organisations to develop markets for their products in Japan.' });
addLink('PRODUCED', PROJECT, 'output:training-materials', [FOUNDING]);
addLink('PRODUCED', PROJECT, 'output:development-model', [FOUNDING]);
for (const s of SECTORS) addLink('ACTIVE_IN', 'org:ntbic', s.id, [FOUNDING], { since: '2020', note: 'Sectors of the 2020 craft-village task.' });

addLink('FUNDS', 'org:bipp', 'org:ntbic', ['src:thongtinkhcn-bipp-2016', 'src:congthuong-bipp'], { since: '2016-09-22', note: 'EUR 170,000 grant for incubation activities in Hà Nội (contract signed 22 Sep 2016; BIPP itself started in 2014).' });
addLink('FUNDS', 'org:bipp', 'org:hcmut-tbi', ['src:thongtinkhcn-bipp-2016', 'src:congthuong-bipp'], { since: '2016-09-22', note: 'EUR 100,000 grant for incubation activities in Hồ Chí Minh City.' });
addLink('SUPPORTS', 'org:most', 'org:vsv', ['src:tiasang-vsv', 'src:anninhthudo-vsv'], { note: 'MOST-backed accelerator housed in the MOST building.' });
addLink('SUPPORTS', 'org:nam-o-fish-sauce-association', 'village:nam-o', ['src:baodanang-nam-o-2024']);
addLink('PARTNERS_WITH', 'org:koica', 'org:vietrade', ['src:vietnamplus-handicraft-value-chain'], { since: '2017', until: '2020', note: 'Project on the value chain of the handicraft sector, with a Vietnam–Korea design cooperation centre.' });
addLink('PARTNERS_WITH', 'org:vietcraft', 'org:vietrade', ['src:vietnamplus-fr-lifestyle-2011'], { note: 'Co-organisers of the Lifestyle Vietnam fair.' });
addLink('PARTNERS_WITH', 'org:jetro', 'org:vietrade', ['src:vietnambusiness-handicrafts-branding', 'src:vccinews-jetro-4940'], { since: '2010', note: 'Vietnam Handicrafts Exhibition 2010; earlier seminars on handicraft exports to Japan.' });
addLink('PARTNERS_WITH', 'org:jetro', 'org:vcci', ['src:vietnambusiness-handicrafts-branding'], { since: '2010', note: 'Vietnam Handicrafts Exhibition 2010.' });
addLink('PARTNERS_WITH', 'org:jetro', 'org:nic', ['src:vietnamplus-nic-jetro-2023'], { since: '2023', note: 'Inno Vietnam–Japan Fast Track Pitch 2023.' });
addLink('PARTNERS_WITH', 'org:jica', 'org:mard', ['src:jica-artisan-craft-study'], { since: '2002-02', until: '2004-02', note: 'Study on Artisan Craft Development Plan for Rural Industrialization in Vietnam.' });

// Documented locations and sectors of real organizations.
addLink('LOCATED_IN', 'org:ntbic', 'province:ha-noi', ['src:congthuong-bipp', 'src:thongtinkhcn-bipp-2016']);
addLink('LOCATED_IN', 'org:vsv', 'province:ha-noi', ['src:anninhthudo-vsv']);
addLink('LOCATED_IN', 'org:fiis', 'province:ha-noi', ['src:ftu-fiis']);
addLink('LOCATED_IN', 'org:ftu', 'province:ha-noi', ['src:ftu-fiis']);
addLink('LOCATED_IN', 'org:hust', 'province:ha-noi', ['src:khoahocphattrien-bk-incubator-2019']);
addLink('LOCATED_IN', 'org:hanoi-dard', 'province:ha-noi', ['src:kinhtenongthon-hanoi-dard-2024']);
addLink('LOCATED_IN', 'org:dost-quang-nam', 'province:quang-nam', ['src:baoquangnam-startup-board']);
addLink('LOCATED_IN', 'org:nam-o-fish-sauce-association', 'village:nam-o', ['src:baodanang-nam-o-2024']);
addLink('ACTIVE_IN', 'org:vietcraft', SECTOR_ID.HC, ['src:vietnamplus-vietcraft-excellence']);
addLink('ACTIVE_IN', 'org:arit', SECTOR_ID.HC, ['src:arit-kyyeu-p201']);
addLink('ACTIVE_IN', 'org:nam-o-fish-sauce-association', SECTOR_ID.CU, ['src:baodanang-nam-o-2024']);
addLink('ACTIVE_IN', 'org:vnat', SECTOR_ID.TS, ['src:vanhoanghethuat-vnat']);

// ---------------------------------------------------------------------------------------------
// Events (real: the document counts them; their names, dates except Aug 2020, places and
// per-event visits are not public, so those are estimates).
// ---------------------------------------------------------------------------------------------

const EVENT_TYPES = {
  'sci-ws': { kind: 'SCIENTIFIC_WORKSHOP', vi: 'Hội thảo khoa học', en: 'Scientific workshop' },
  'consult-ws': { kind: 'CONSULTATION_WORKSHOP', vi: 'Hội thảo tham vấn', en: 'Consultation workshop' },
  training: { kind: 'TRAINING_COURSE', vi: 'Khóa đào tạo nâng cao năng lực', en: 'Capacity-building training course' },
  'connect-ws': { kind: 'CONNECTION_WORKSHOP', vi: 'Hội thảo kết nối', en: 'Connection workshop' },
  demoday: { kind: 'DEMO_DAY', vi: 'Demo Day', en: 'Demo Day' },
};
const HANOI_PLACE = 'Hà Nội';
const VILLAGE_PLACE = 'Tại một làng nghề (không rõ tên)';
/** [type, number, date, place, participant visits]; only the 2020-08 date is from the source. */
const EVENTS = [
  ['sci-ws', 1, '2020-01', HANOI_PLACE, 120],
  ['sci-ws', 2, '2020-06', HANOI_PLACE, 100],
  ['consult-ws', 1, '2020-02', VILLAGE_PLACE, 50],
  ['consult-ws', 2, '2020-03', VILLAGE_PLACE, 45],
  ['consult-ws', 3, '2020-05', VILLAGE_PLACE, 55],
  ['consult-ws', 4, '2020-06', VILLAGE_PLACE, 40],
  ['consult-ws', 5, '2020-07', VILLAGE_PLACE, 60],
  ['training', 1, '2020-05', HANOI_PLACE, 40],
  ['training', 2, '2020-06', HANOI_PLACE, 35],
  ['connect-ws', 1, '2020-07', HANOI_PLACE, 150],
  ['connect-ws', 2, '2020-08', HANOI_PLACE, 180],
  ['demoday', 1, '2020-07', HANOI_PLACE, 85],
];
const SOURCED_EVENT_DATE = '2020-08';
const EVENT_ID = {};
for (const [type, n, date, place, visits] of EVENTS) {
  const t = EVENT_TYPES[type];
  const id = `ph:evt:${type}:${n}`;
  EVENT_ID[`${type}:${n}`] = id;
  const numbered = type === 'demoday' ? '' : ` #${n}`;
  const isLast = date === SOURCED_EVENT_DATE;
  addNode(
    'Event',
    id,
    {
      name: `${t.vi}${numbered} (nhiệm vụ NTBIC 2020)`,
      nameEn: `${t.en}${numbered} (NTBIC 2020 task)`,
      kind: t.kind,
      date,
      place,
      participantVisits: visits,
      evidence: 'STATED',
      propertyEvidence: isLast ? 'place=SYNTHETIC,participantVisits=SYNTHETIC' : 'date=SYNTHETIC,place=SYNTHETIC,participantVisits=SYNTHETIC',
      evidenceNote: isLast
        ? 'The event is stated (the document counts it and dates it to August 2020); its place and its visits are synthetic: the document gives only the total of nearly 1,000 visits over all events.'
        : 'The event is stated (the document counts it); its date, place and visits are synthetic: the document gives no per-event details except the August 2020 date of the last connection event.',
      note: isLast
        ? 'Real event counted by the founding document: the connection event that was the last event of the task, in August 2020 (the date is from the source). Its place and participant visits are estimates; the visits of all 12 events sum to 960, for the document\'s "nearly 1,000" (gần 1000 lượt khách).'
        : 'Real event counted by the founding document; its name, date, place and participant visits are not public and are estimates (the only sourced date is the final connection event in August 2020). The visits of all 12 events sum to 960, for the document\'s "nearly 1,000" (gần 1000 lượt khách).',
    },
    [FOUNDING],
  );
  addLink('ORGANIZED', PROJECT, id, [FOUNDING]);
  addLink('ORGANIZED', 'org:ntbic', id, [FOUNDING]);
  if (place === HANOI_PLACE) {
    addLink('LOCATED_IN', id, 'province:ha-noi', [FOUNDING], { evidence: 'SYNTHETIC', note: 'Synthetic assignment: the source does not give event places.' });
  }
}

// ---------------------------------------------------------------------------------------------
// Placeholders (ecosystem-facts.md §6): 40 enterprises, 3 investors, 10 investments, 1 partner.
// ---------------------------------------------------------------------------------------------

/** Sector split of the 40 connected enterprises: the 10 invested are HC; the rest is a choice. */
const ENTERPRISE_SPLIT = [
  ['HC', 22],
  ['CU', 10],
  ['TS', 8],
];
const INVESTED_COUNT = 10;
const INVESTOR_COUNT = 3;
const TOTAL_COMMITTED_USD = 360000;
const JAPAN_TARGETING = ['ph:ent:HC:01', 'ph:ent:HC:02', 'ph:ent:HC:11', 'ph:ent:HC:12'];
const DERIVED_FROM = 'Derived from the nacentech.vn 2020-12 aggregate (40 connected / 10 invested / USD 360k).';

const pad2 = (n) => String(n).padStart(2, '0');
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const villagesOf = (code) => VILLAGES.filter((v) => v.sectors.includes(code)).map((v) => `village:${v.slug}`);

const enterprises = []; // { id, code, n, invested }
let serial = 0;
for (const [code, count] of ENTERPRISE_SPLIT) {
  const pool = villagesOf(code);
  for (let k = 0; k < count; k += 1) {
    serial += 1;
    const n = serial;
    const id = `ph:ent:${code}:${pad2(n)}`;
    const invested = code === 'HC' && k < INVESTED_COUNT;
    enterprises.push({ id, code, n, invested });
    const label = `${code}-${pad2(n)}`;
    addNode(
      'Enterprise',
      id,
      {
        name: `[PLACEHOLDER] Doanh nghiệp làng nghề ${label}`,
        nameEn: `[PLACEHOLDER] Craft-village enterprise ${label}`,
        sphere: 'INDUSTRY',
        placeholder: true,
        note: `Stands for one of the 40 craft-village enterprises the NTBIC 2020 task connected; their names are not public.${
          invested ? ' One of the 10 handicraft enterprises for which the task connected investment.' : ' Its sector is a synthetic assignment (split 22 HC / 10 CU / 8 TS).'
        } ${DERIVED_FROM}`,
      },
      [FOUNDING],
    );
    addLink('CONNECTED', PROJECT, id, [FOUNDING]);
    addLink(
      'ACTIVE_IN',
      id,
      SECTOR_ID[code],
      [FOUNDING],
      invested
        ? { evidenceNote: 'Stated: the document says the 10 invested enterprises are handicraft enterprises.' }
        : { evidence: 'SYNTHETIC', note: 'Synthetic assignment: the sectors of the 30 non-invested enterprises are not public.' },
    );
    // Spread evenly over the real villages of the same sector, in village order.
    const village = pool[Math.floor((k * pool.length) / count)];
    addLink('LOCATED_IN', id, village, [FOUNDING], { evidence: 'SYNTHETIC', note: 'Synthetic assignment: the villages of the connected enterprises are not public.' });
  }
}

// Event participation (synthetic): invested enterprises at the demo day and connection workshops;
// the others at one consultation workshop and, by a fixed rule, up to two more events.
const PARTICIPATION_NOTE = 'Synthetic assignment: which enterprises attended which events is not public.';
for (const e of enterprises) {
  const events = [];
  if (e.invested) {
    events.push('demoday:1', 'connect-ws:2');
    if (e.n % 2 === 1) events.push('connect-ws:1');
  } else {
    events.push(`consult-ws:${((e.n - 1) % 5) + 1}`);
    if (e.n % 3 === 0) events.push(`training:${(e.n % 2) + 1}`);
    if (e.n % 4 === 0) events.push(`connect-ws:${(e.n % 2) + 1}`);
    if (e.n % 5 === 0) events.push(`sci-ws:${((e.n / 5) % 2) + 1}`);
  }
  for (const key of events.slice(0, 3)) {
    addLink('PARTICIPATED_IN', e.id, EVENT_ID[key], [FOUNDING], { evidence: 'SYNTHETIC', note: PARTICIPATION_NOTE });
  }
}

// Investors and investments.
const investorIds = [];
for (let i = 1; i <= INVESTOR_COUNT; i += 1) {
  const id = `ph:inv:${pad2(i)}`;
  investorIds.push(id);
  addNode(
    'Investor',
    id,
    {
      name: `[PLACEHOLDER] Nhà đầu tư ${pad2(i)}`,
      nameEn: `[PLACEHOLDER] Investor ${pad2(i)}`,
      sphere: 'FINANCE',
      evidence: 'SYNTHETIC',
      evidenceNote: 'Synthetic: the document implies that investors exist (investment was committed) but gives neither their names nor their number; three investors is a choice of this dataset.',
      note: `Stands for an investor that committed money to handicraft enterprises through the NTBIC 2020 task; the investors and their number are not public (three is a choice). ${DERIVED_FROM}`,
    },
    [FOUNDING],
  );
  for (const key of ['demoday:1', 'connect-ws:2']) {
    addLink('PARTICIPATED_IN', id, EVENT_ID[key], [FOUNDING], { evidence: 'SYNTHETIC', note: PARTICIPATION_NOTE });
  }
}

const invested = enterprises.filter((e) => e.invested);
const perInvestment = TOTAL_COMMITTED_USD / INVESTED_COUNT;
invested.forEach((e, index) => {
  const i = index + 1;
  const id = `ph:investment:${pad2(i)}`;
  addNode(
    'Investment',
    id,
    {
      name: `[PLACEHOLDER] Khoản đầu tư cam kết ${pad2(i)}`,
      nameEn: `[PLACEHOLDER] Committed investment ${pad2(i)}`,
      amount: perInvestment,
      currency: 'USD',
      status: 'COMMITTED',
      date: '2020',
      evidence: 'PLACEHOLDER',
      propertyEvidence: 'amount=ESTIMATED,date=INFERRED',
      evidenceNote: `amount: estimated, the stated total of USD 360,000 split evenly over the 10 invested enterprises (USD ${thousands(perInvestment)} each). date: inferred, the investment was connected during the 2020 task.`,
      note: `Stands for the investment committed to one of the 10 handicraft enterprises. The source gives only the total (USD 360,000 committed); the even split of USD ${thousands(perInvestment)} each is an estimate. Committed during the 2020 task; the month is not in the source. ${DERIVED_FROM}`,
    },
    [FOUNDING],
  );
  addLink('RECEIVED', e.id, id, [FOUNDING]);
  addLink('RESULT_OF', id, PROJECT, [FOUNDING]);
  // Investments 01-04 to investor 01, 05-07 to 02, 08-10 to 03.
  const investor = investorIds[i <= 4 ? 0 : i <= 7 ? 1 : 2];
  addLink('INVESTED', investor, id, [FOUNDING], { evidence: 'SYNTHETIC', note: 'Synthetic assignment: who invested in which enterprise is not public.' });
});

// The Japan-side partner.
const JP_PARTNER = addNode(
  'InternationalOrganization',
  'ph:org:intl-jp:1',
  {
    name: '[PLACEHOLDER] Tổ chức quốc tế (thị trường Nhật Bản)',
    nameEn: '[PLACEHOLDER] International organisation (Japan market)',
    sphere: 'INTERNATIONAL',
    placeholder: true,
    note: `Stands for the international organisation(s) ("các tổ chức quốc tế") with which the task connected enterprises to develop markets in Japan; their identity is not public. Not JICA or JETRO: nothing shows that they took part. ${DERIVED_FROM}`,
  },
  [FOUNDING],
);
addLink('PARTNERS_WITH', JP_PARTNER, 'org:ntbic', [FOUNDING], {
  evidence: 'INFERRED',
  evidenceNote: 'Inferred: the document says the task connected enterprises with international organisations; that they partnered with NTBIC itself is not stated.',
  note: 'The task team connected enterprises with international organisations for the Japanese market.',
});
addLink('TARGETS_MARKET', JP_PARTNER, JAPAN, [FOUNDING]);
for (const id of JAPAN_TARGETING) {
  addLink('TARGETS_MARKET', id, JAPAN, [FOUNDING], { evidence: 'SYNTHETIC', note: 'Synthetic assignment: which handicraft enterprises were linked to the Japanese market is not public.' });
  addLink('PARTNERS_WITH', id, JP_PARTNER, [FOUNDING], { evidence: 'SYNTHETIC', note: 'Synthetic assignment: which enterprises were connected with the international organisations is not public.' });
}

// ---------------------------------------------------------------------------------------------
// Output: normalize (NFC), order keys, check, write.
// ---------------------------------------------------------------------------------------------

function unique(values) {
  return [...new Set(values)];
}

/** Returns a deep copy with every string in Unicode NFC. */
function nfc(value) {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

/** Returns `obj` with the keys of `order` first (in that order), then the rest alphabetically. */
function orderKeys(obj, order) {
  const keys = [...order.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !order.includes(k)).sort()];
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

/**
 * Every record states its evidence: PLACEHOLDER for the stand-ins (flagged `placeholder` above),
 * STATED otherwise unless set; the earlier flags are then derived from the levels, as the importer
 * derives them (placeholder: PLACEHOLDER or SYNTHETIC; estimate: ESTIMATED, or a property that is
 * ESTIMATED or SYNTHETIC), and written only when true.
 */
function withEvidence(rec) {
  const out = { ...rec };
  out.evidence = rec.evidence ?? (rec.placeholder === true ? 'PLACEHOLDER' : 'STATED');
  const weakProperty = /=(ESTIMATED|SYNTHETIC)\b/.test(rec.propertyEvidence ?? '');
  delete out.placeholder;
  delete out.estimate;
  if (out.evidence === 'PLACEHOLDER' || out.evidence === 'SYNTHETIC') out.placeholder = true;
  if (out.evidence === 'ESTIMATED' || weakProperty) out.estimate = true;
  return out;
}

const SOURCE_KEY_ORDER = ['id', 'title', 'publisher', 'url', 'date', 'language', 'note'];
const NODE_KEY_ORDER = [
  'id', 'label', 'name', 'nameEn', 'shortName', 'description', 'sphere', 'website', 'founded',
  'code', 'decisionDate', 'startDate', 'endDate', 'acceptedDate',
  'craft', 'craftEn', 'commune', 'district', 'region', 'countryCode',
  'kind', 'date', 'place', 'participantVisits', 'participantVisitsReported', 'investmentCommitted', 'investmentCurrency', 'amount', 'currency', 'status',
  'evidence', 'propertyEvidence', 'evidenceNote', 'placeholder', 'estimate', 'note', 'sources',
];
const LINK_KEY_ORDER = ['type', 'from', 'to', 'role', 'since', 'until', 'evidence', 'evidenceNote', 'placeholder', 'estimate', 'note', 'sources'];

const dataset = nfc({
  format: 'helixgraph-dataset',
  version: 1,
  sources: SOURCES.map((s) => orderKeys(s, SOURCE_KEY_ORDER)),
  nodes: nodes.map((n) => orderKeys(withEvidence(n), NODE_KEY_ORDER)),
  links: links.map((l) => orderKeys(withEvidence(l), LINK_KEY_ORDER)),
});

const errors = check(dataset);
if (errors.length > 0) {
  process.stderr.write(`build-founding-dataset: ${errors.length} check(s) failed, ${relative(ROOT, OUT_FILE)} not written:\n`);
  for (const e of errors) process.stderr.write(`  - ${e}\n`);
  process.exit(1);
}

mkdirSync(dirname(OUT_FILE), { recursive: true });
writeFileSync(OUT_FILE, `${JSON.stringify(dataset, null, 2)}\n`, 'utf8');
process.stdout.write(`${summary(dataset)}\nwrote ${relative(ROOT, OUT_FILE)}\n`);

// ---------------------------------------------------------------------------------------------
// Self-check.
// ---------------------------------------------------------------------------------------------

/** Checks the dataset against the model and the founding document; returns error messages. */
function check(ds) {
  const errs = [];
  const fail = (msg) => errs.push(msg);

  errs.push(...checkLinkRulesInSync());

  const stated = ds.nodes.find((n) => n.id === PROJECT).investmentCommitted;
  const split = ds.nodes.filter((n) => n.label === 'Investment').reduce((sum, n) => sum + n.amount, 0);
  if (stated !== split) fail(`the project's stated USD ${stated} committed differs from its investments' USD ${split}`);

  // Evidence: every record has a level; property levels name properties the record has.
  for (const [section, items] of [['node', ds.nodes], ['link', ds.links]]) {
    items.forEach((r, i) => {
      const where = `${section} ${r.id ?? `${r.type} ${r.from} -> ${r.to}`} (#${i})`;
      if (!EVIDENCE_LEVELS.includes(r.evidence)) fail(`${where}: evidence ${r.evidence} is not one of ${EVIDENCE_LEVELS.join(', ')}`);
      for (const pair of (r.propertyEvidence ?? '').split(',').filter(Boolean)) {
        const [prop, level] = pair.split('=');
        if (!(prop in r)) fail(`${where}: propertyEvidence names ${prop}, which the record does not have`);
        if (!EVIDENCE_LEVELS.includes(level)) fail(`${where}: propertyEvidence level ${level} is unknown`);
      }
      if (r.evidence !== 'STATED' && r.evidence !== 'PLACEHOLDER' && !r.evidenceNote && !r.note) fail(`${where}: evidence ${r.evidence} needs a note saying why`);
    });
  }

  // Ids: format and uniqueness across sources and nodes.
  const seen = new Set();
  for (const rec of [...ds.sources, ...ds.nodes]) {
    if (typeof rec.id !== 'string' || !ID_PATTERN.test(rec.id)) fail(`id ${JSON.stringify(rec.id)} does not match ${ID_PATTERN}`);
    if (seen.has(rec.id)) fail(`id ${rec.id} is used twice`);
    seen.add(rec.id);
  }
  const sourceIds = new Set(ds.sources.map((s) => s.id));
  const nodeById = new Map(ds.nodes.map((n) => [n.id, n]));

  // Strings are NFC.
  const walk = (value, where) => {
    if (typeof value === 'string' && value !== value.normalize('NFC')) fail(`${where}: string is not NFC`);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`);
  };
  walk(ds, 'dataset');

  // Sources.
  for (const s of ds.sources) {
    checkProperties(`source ${s.id}`, s, SOURCE_PROPERTIES, ['id'], fail);
    for (const key of ['title', 'publisher', 'url', 'language']) if (!s[key]) fail(`source ${s.id}: missing ${key}`);
  }
  const usedSources = new Set();
  const checkSources = (where, list) => {
    if (!Array.isArray(list) || list.length === 0) return fail(`${where}: needs a non-empty sources array`);
    for (const id of list) {
      if (!sourceIds.has(id)) fail(`${where}: unknown source ${id}`);
      usedSources.add(id);
    }
    if (new Set(list).size !== list.length) fail(`${where}: a source is listed twice`);
  };

  // Nodes.
  for (const n of ds.nodes) {
    const where = `node ${n.id}`;
    if (!NODE_LABELS.includes(n.label)) {
      fail(`${where}: unknown label ${n.label}`);
      continue;
    }
    checkProperties(where, n, { ...COMMON_PROPERTIES, ...LABEL_PROPERTIES[n.label] }, ['id', 'label', 'sources'], fail);
    for (const key of REQUIRED_BY_LABEL[n.label] ?? []) if (n[key] === undefined) fail(`${where}: ${n.label} requires ${key}`);
    checkSources(where, n.sources);
    if (n.placeholder === true) {
      if (!n.name.startsWith('[PLACEHOLDER] ')) fail(`${where}: placeholder name must start with "[PLACEHOLDER] "`);
      if (!n.note) fail(`${where}: placeholder needs a note saying what it stands for`);
      if (!n.sources.includes(FOUNDING)) fail(`${where}: placeholder must cite ${FOUNDING}`);
    }
    if (['Enterprise', 'Investor', 'Investment'].includes(n.label) && n.placeholder !== true) {
      fail(`${where}: ${n.label} nodes of this dataset must be placeholders (no name is public)`);
    }
  }

  // Links.
  const linkKeys = new Set();
  for (const [i, l] of ds.links.entries()) {
    const where = `link #${i} ${l.type} ${l.from} -> ${l.to}`;
    const rule = LINK_RULES[l.type];
    if (!rule) {
      fail(`${where}: unknown link type`);
      continue;
    }
    checkProperties(where, l, LINK_PROPERTIES, ['type', 'from', 'to', 'sources'], fail);
    checkSources(where, l.sources);
    const from = nodeById.get(l.from);
    const to = nodeById.get(l.to);
    if (!from) fail(`${where}: no node ${l.from}`);
    if (!to) fail(`${where}: no node ${l.to}`);
    if (from && to && !(rule.from.includes(from.label) && rule.to.includes(to.label))) {
      fail(`${where}: ${l.type} may not join ${from.label} to ${to.label} (LINK_RULES)`);
    }
    const key = `${l.type}|${l.from}|${l.to}`;
    if (linkKeys.has(key)) fail(`${where}: duplicate link (type, from, to)`);
    linkKeys.add(key);
    if (l.since && l.until && dateRange(l.until)[1] < dateRange(l.since)[0]) fail(`${where}: until before since`);
  }
  for (const id of sourceIds) if (!usedSources.has(id)) fail(`source ${id} is cited by no node or link`);

  // The document's figures.
  const byLabel = (label) => ds.nodes.filter((n) => n.label === label);
  const linksOf = (type, pred = () => true) => ds.links.filter((l) => l.type === type && pred(l));
  const project = nodeById.get(PROJECT);
  if (project?.acceptedDate !== '2020-12-09') fail('project acceptedDate must be 2020-12-09');

  const enterpriseIds = new Set(byLabel('Enterprise').map((n) => n.id));
  const connected = new Set(linksOf('CONNECTED', (l) => l.from === PROJECT && enterpriseIds.has(l.to)).map((l) => l.to));
  if (enterpriseIds.size !== 40) fail(`expected 40 enterprises, found ${enterpriseIds.size}`);
  if (connected.size !== 40) fail(`expected the project to connect 40 enterprises, found ${connected.size}`);

  const investments = byLabel('Investment');
  const receivers = new Set(linksOf('RECEIVED').map((l) => l.from));
  if (investments.length !== 10) fail(`expected 10 investments, found ${investments.length}`);
  if (receivers.size !== 10) fail(`expected 10 invested enterprises, found ${receivers.size}`);
  for (const id of receivers) {
    const sectors = linksOf('ACTIVE_IN', (l) => l.from === id).map((l) => l.to);
    if (sectors.length !== 1 || sectors[0] !== SECTOR_ID.HC) fail(`invested enterprise ${id} must be active in handicrafts only`);
    if (!connected.has(id)) fail(`invested enterprise ${id} must be connected by the project`);
  }
  const total = investments.reduce((sum, n) => sum + n.amount, 0);
  if (total !== TOTAL_COMMITTED_USD) fail(`investments must sum to ${TOTAL_COMMITTED_USD}, found ${total}`);
  for (const inv of investments) {
    if (inv.currency !== 'USD' || inv.status !== 'COMMITTED') fail(`investment ${inv.id} must be USD and COMMITTED`);
    if (inv.estimate !== true) fail(`investment ${inv.id} amount must be flagged estimate`);
    if (!linksOf('RESULT_OF', (l) => l.from === inv.id && l.to === PROJECT).length) fail(`investment ${inv.id} must be RESULT_OF the project`);
    if (linksOf('INVESTED', (l) => l.to === inv.id).length !== 1) fail(`investment ${inv.id} needs exactly one investor`);
  }

  const events = byLabel('Event');
  const expectedKinds = { SCIENTIFIC_WORKSHOP: 2, CONSULTATION_WORKSHOP: 5, TRAINING_COURSE: 2, CONNECTION_WORKSHOP: 2, DEMO_DAY: 1 };
  for (const [kind, count] of Object.entries(expectedKinds)) {
    const found = events.filter((e) => e.kind === kind).length;
    if (found !== count) fail(`expected ${count} events of kind ${kind}, found ${found}`);
  }
  if (events.length !== 12) fail(`expected 12 events, found ${events.length}`);
  const visits = events.reduce((sum, e) => sum + (e.participantVisits ?? 0), 0);
  if (!(visits >= 900 && visits <= 1000)) fail(`participant visits must total 900..1000 ("nearly 1,000"), found ${visits}`);
  for (const e of events) {
    if (!Number.isInteger(e.participantVisits)) fail(`event ${e.id} needs participantVisits`);
    if (e.estimate !== true) fail(`event ${e.id} must be flagged estimate (visits, place and most dates are estimates)`);
    if (!e.date || !e.date.startsWith('2020') || dateRange(e.date)[1] >= '2020-12-09') fail(`event ${e.id} must be dated in 2020 before 2020-12-09`);
    for (const org of [PROJECT, 'org:ntbic']) {
      if (!linksOf('ORGANIZED', (l) => l.from === org && l.to === e.id).length) fail(`event ${e.id} must be ORGANIZED by ${org}`);
    }
  }
  const last = events.filter((e) => e.date === SOURCED_EVENT_DATE);
  if (last.length !== 1 || last[0].kind !== 'CONNECTION_WORKSHOP') fail('exactly one event, a connection workshop, must be dated 2020-08');
  for (const e of events) {
    if (e.date !== SOURCED_EVENT_DATE && !(dateRange(e.date)[1] < dateRange(SOURCED_EVENT_DATE)[0])) {
      fail(`event ${e.id} (${e.date}) must be strictly earlier than the final connection event (2020-08)`);
    }
  }

  const has = (type, from, to) => linksOf(type, (l) => l.from === from && l.to === to).length > 0;
  if (!has('TARGETS_MARKET', PROJECT, JAPAN)) fail('the project must target the Japan market');
  if (nodeById.get(JAPAN)?.countryCode !== 'JP') fail('market:japan needs countryCode JP');
  if (!has('FUNDS', PROGRAM, PROJECT)) fail('Project 844 must fund the project');
  if (!has('MANAGES', 'org:most', PROGRAM)) fail('MOST must manage Project 844');
  if (!has('IMPLEMENTS', 'org:ntbic', PROJECT)) fail('NTBIC must implement the project');
  if (!has('PART_OF', 'org:ntbic', 'org:nacentech') || !has('PART_OF', 'org:nacentech', 'org:most')) fail('NTBIC -> NACENTECH -> MOST chain is missing');
  for (const kind of ['TRAINING_MATERIALS', 'DEVELOPMENT_MODEL']) {
    const out = byLabel('Output').find((o) => o.kind === kind);
    if (!out || !has('PRODUCED', PROJECT, out.id)) fail(`the project must produce one ${kind} output`);
  }
  if (!has('PARTNERS_WITH', 'ph:org:intl-jp:1', 'org:ntbic') || !has('TARGETS_MARKET', 'ph:org:intl-jp:1', JAPAN)) fail('the Japan partner placeholder is not linked');

  const villages = byLabel('CraftVillage');
  if (villages.length !== 28) fail(`expected 28 craft villages, found ${villages.length}`);
  for (const v of villages) {
    if (linksOf('LOCATED_IN', (l) => l.from === v.id && nodeById.get(l.to)?.label === 'Province').length !== 1) fail(`village ${v.id} needs exactly one province`);
    if (!linksOf('ACTIVE_IN', (l) => l.from === v.id).length) fail(`village ${v.id} needs a sector`);
  }
  for (const e of enterpriseIds) {
    const located = linksOf('LOCATED_IN', (l) => l.from === e);
    if (located.length !== 1) fail(`enterprise ${e} needs one village`);
    for (const l of located) {
      const sector = linksOf('ACTIVE_IN', (x) => x.from === e)[0]?.to;
      if (!linksOf('ACTIVE_IN', (x) => x.from === l.to && x.to === sector).length) fail(`enterprise ${e} is placed in ${l.to}, which is not in its sector`);
    }
  }
  const kinds = new Set(ds.nodes.filter((n) => n.placeholder !== true && ACTOR_KINDS.includes(n.label)).map((n) => n.label));
  for (const kind of ['GovernmentAgency', 'SupportOrganization', 'Intermediary', 'ResearchInstitute', 'InternationalOrganization']) {
    if (!kinds.has(kind)) fail(`no real organization of kind ${kind}`);
  }
  const realOrgs = ds.nodes.filter((n) => n.placeholder !== true && ACTOR_KINDS.includes(n.label)).length;
  if (realOrgs < 15) fail(`expected at least 15 real organizations, found ${realOrgs}`);

  return errs;
}

/** Checks that `rec` carries only allowed properties of the right kinds. */
function checkProperties(where, rec, allowed, structural, fail) {
  for (const [key, kind] of Object.entries(allowed)) {
    if (kind.required && (rec[key] === undefined || rec[key] === '')) fail(`${where}: missing required ${key}`);
  }
  for (const [key, value] of Object.entries(rec)) {
    if (structural.includes(key)) continue;
    const kind = allowed[key];
    if (!kind) {
      fail(`${where}: property ${key} is not allowed`);
      continue;
    }
    const bad = (why) => fail(`${where}: ${key}=${JSON.stringify(value)} ${why}`);
    switch (kind.type) {
      case 'string':
        if (typeof value !== 'string' || value.trim() === '') bad('must be a non-empty string');
        else if (kind.maxLength && value.length > kind.maxLength) bad(`is longer than ${kind.maxLength}`);
        break;
      case 'url': {
        let ok = false;
        try {
          ok = ['http:', 'https:'].includes(new URL(value).protocol) && !/\s/.test(value);
        } catch {
          ok = false;
        }
        if (!ok) bad('must be an http(s) URL');
        break;
      }
      case 'date':
        if (typeof value !== 'string' || !DATE_PATTERN.test(value)) bad('must be YYYY, YYYY-MM or YYYY-MM-DD');
        break;
      case 'int':
        if (!Number.isInteger(value) || (kind.min !== undefined && value < kind.min)) bad('must be an integer >= min');
        break;
      case 'float':
        if (typeof value !== 'number' || !Number.isFinite(value) || (kind.min !== undefined && value < kind.min)) bad('must be a number >= min');
        break;
      case 'bool':
        if (typeof value !== 'boolean') bad('must be a boolean');
        break;
      case 'enum':
        if (!kind.values.includes(value)) bad(`must be one of ${kind.values.join(', ')}`);
        break;
      default:
        bad('has an unknown kind');
    }
  }
}

/** The first and last day (YYYY-MM-DD) a partial date may stand for. */
function dateRange(date) {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${pad2(last)}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Compares the LINK_RULES copy above with src/domain/model.ts. Returns errors when they differ;
 * prints a warning and returns nothing when model.ts is absent or its shape cannot be read.
 */
function checkLinkRulesInSync() {
  if (!existsSync(MODEL_FILE)) return [];
  const text = readFileSync(MODEL_FILE, 'utf8');
  const warn = (msg) => process.stderr.write(`build-founding-dataset: warning: ${msg}; LINK_RULES sync not checked\n`);
  const kindsMatch = /export const ACTOR_KINDS = \[([^\]]*)\]/.exec(text);
  const block = /export const LINK_RULES = \{([\s\S]*?)\n\}/.exec(text);
  if (!kindsMatch || !block) {
    warn('could not find ACTOR_KINDS or LINK_RULES in src/domain/model.ts');
    return [];
  }
  const actor = [...kindsMatch[1].matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]);
  const env = { ACTOR: actor, ORGS: actor.filter((k) => k !== 'Enterprise') };
  const evaluate = (expr) => {
    const e = expr.trim();
    if (env[e]) return env[e];
    const arr = /^\[(.*)\]$/.exec(e);
    if (!arr) throw new Error(`cannot read ${e}`);
    return arr[1].split(',').map((x) => x.trim()).filter(Boolean).flatMap((x) => {
      if (x.startsWith('...')) {
        if (!env[x.slice(3)]) throw new Error(`cannot read ${x}`);
        return env[x.slice(3)];
      }
      const q = /^'([A-Za-z]+)'$/.exec(x);
      if (!q) throw new Error(`cannot read ${x}`);
      return [q[1]];
    });
  };
  const theirs = {};
  try {
    for (const m of block[1].matchAll(/^\s*([A-Z_]+):\s*\{\s*from:\s*(.+?),\s*to:\s*(.+?)\s*\},?\s*$/gm)) {
      theirs[m[1]] = { from: evaluate(m[2]), to: evaluate(m[3]) };
    }
  } catch (err) {
    warn(err.message);
    return [];
  }
  const errs = [];
  const same = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  for (const type of unique([...Object.keys(theirs), ...Object.keys(LINK_RULES)])) {
    const a = LINK_RULES[type];
    const b = theirs[type];
    if (!a) errs.push(`LINK_RULES copy is out of sync with src/domain/model.ts: ${type} is missing from the copy`);
    else if (!b) errs.push(`LINK_RULES copy is out of sync with src/domain/model.ts: ${type} is not in model.ts`);
    else if (!same(a.from, b.from) || !same(a.to, b.to)) errs.push(`LINK_RULES copy is out of sync with src/domain/model.ts: ${type} differs`);
  }
  if (!same(actor, ACTOR_KINDS)) errs.push('ACTOR_KINDS copy is out of sync with src/domain/model.ts');
  return errs;
}

/** A short count of what was written. */
function summary(ds) {
  const count = (items, key) => Object.entries(items.reduce((acc, x) => ({ ...acc, [x[key]]: (acc[x[key]] ?? 0) + 1 }), {}))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `sources: ${ds.sources.length}`,
    `nodes: ${ds.nodes.length} (${count(ds.nodes, 'label')})`,
    `links: ${ds.links.length} (${count(ds.links, 'type')})`,
  ].join('\n');
}

/**
 * Vietnamese and English labels. The choice is remembered in localStorage; without one, a browser
 * that prefers Vietnamese gets Vietnamese and every other gets English (the data's own Vietnamese
 * names are shown in both, with the English name beside them in English).
 */
export type Lang = 'vi' | 'en';

const en = {
  appTitle: 'helixgraph explorer',
  navSearch: 'Search',
  navDashboard: 'Dashboard',
  navGaps: 'Gaps',
  language: 'Language',
  loading: 'Loading…',
  error: 'Something went wrong',
  retry: 'Try again',
  notFoundTitle: 'Page not found',
  notFoundText: 'No page at this address.',
  backToSearch: 'Back to search',
  footer: 'Every fact carries its source. GraphQL API at /graphql.',

  searchTitle: 'Search the ecosystem',
  searchPlaceholder: 'Actors, villages, programs, events… e.g. bat trang',
  searchLabel: 'Search',
  searchHint: 'Type a name in Vietnamese or English, with or without diacritics.',
  searchNoResults: 'Nothing found for “{q}”.',
  searchResults: '{n} results',
  searchResult1: '1 result',
  scopeAll: 'All',
  scopeActors: 'Actors',
  scopeVillages: 'Villages',
  scopePrograms: 'Programs & projects',
  scopeEvents: 'Events',
  searchStartTitle: 'Start here',

  placeholderBadge: 'placeholder',
  placeholderNote: 'Stands for something real whose identity is not public.',
  estimateBadge: 'estimate',
  facts: 'Facts',
  sources: 'Sources',
  noSources: 'No source recorded.',
  links: 'Links',
  linksCount: '{n} links',
  moreLinks: 'Show more links',
  noLinks: 'No links.',
  measures: 'Network measures',
  measuresNote: 'Computed on the actor network ({date}).',
  noMeasures: 'Not computed for this entity.',
  degree: 'Degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  pagerank: 'PageRank',
  constraint: 'Constraint',
  effectiveSize: 'Effective size',
  community: 'Community',
  brokerageRole: 'Main brokerage role',
  brokerageNone: 'none',
  roleCoordinator: 'Coordinator',
  roleItinerant: 'Itinerant',
  roleGatekeeper: 'Gatekeeper',
  roleRepresentative: 'Representative',
  roleLiaison: 'Liaison',
  map: 'Network map',
  mapHint: 'Click a node to open it. Drag to move, scroll or pinch to zoom.',
  hops1: '1 hop',
  hops2: '2 hops',
  colourBy: 'Colour by',
  colourKind: 'type',
  colourSphere: 'helix sphere',
  mapCount: '{nodes} nodes, {links} links',
  mapTruncated: 'showing {shown} of {total} nodes',
  notActor: 'not an actor',
  suggestions: 'Suggested links',
  suggestionsNone: 'No suggestion.',
  noEntity: 'No entity has the id “{id}”.',
  fieldId: 'Id',
  fieldDescription: 'Description',
  fieldNote: 'Note',
  fieldShortName: 'Short name',
  fieldWebsite: 'Website',
  fieldFounded: 'Founded',
  fieldProvince: 'Province',
  fieldVillage: 'Craft village',
  fieldParent: 'Part of',
  fieldCraft: 'Craft',
  fieldCommune: 'Commune',
  fieldDistrict: 'District',
  fieldRegion: 'Region',
  fieldCode: 'Code',
  fieldDecisionDate: 'Decision date',
  fieldStartDate: 'Start',
  fieldEndDate: 'End',
  fieldAcceptedDate: 'Accepted',
  fieldProgram: 'Program',
  fieldKind: 'Type',
  fieldSphere: 'Helix sphere',
  fieldDate: 'Date',
  fieldPlace: 'Place',
  fieldVisits: 'Participant visits',
  fieldProject: 'Project',
  fieldAmount: 'Amount',
  fieldStatus: 'Status',
  fieldCountry: 'Country code',
  fieldDegree: 'Relationships',

  dashboardTitle: 'Dashboard',
  byKind: 'Actors by type',
  bySphere: 'Actors by helix sphere',
  bySector: 'Actors by sector',
  byProvince: 'Actors by province',
  eventsOverTime: 'Events over time',
  eventsLegend: 'events',
  visitsLegend: 'participant visits',
  investmentBySector: 'Committed investment by sector',
  enterprisesN: '{n} enterprises',
  reportTitle: 'The founding project',
  eventsByKind: 'Events by type',
  participantVisits: 'Participant visits',
  visitsEstimated: 'per-event figures partly estimated',
  enterprisesConnected: 'Enterprises connected',
  enterprisesInvested: 'Enterprises invested',
  committed: 'Committed investment',
  lastEvent: 'Last event',
  markets: 'Markets',
  programs: 'Programs',
  implementers: 'Implemented by',
  outputs: 'Outputs',
  openProject: 'Open the project',
  totalEvents: '{n} events',

  gapsTitle: 'Gaps',
  coverage: 'Coverage: who reaches each sector and place',
  coverageByProvince: 'by province',
  coverageByVillage: 'by village',
  coverageEmpty: '{n} empty cells',
  coverageLegendEmpty: 'empty: no {kinds} reaches this sector here',
  coverageLegendScale: 'actors reaching the cell',
  coverageSector: 'Sector',
  coveragePlace: 'Place',
  emptyCellTitle: 'No {kind} reaches {sector} in {place}',
  unreachedVillages: 'Villages no supporter reaches',
  unreachedVillagesNone: 'None: every village is reached by a supporter, directly or through one of its enterprises.',
  unreachedEnterprises: 'Enterprises tied to no supporter',
  unreachedEnterprisesNone: 'None: every enterprise is tied to a supporter.',
  projectOnly: 'Enterprises that hang on one project',
  projectOnlyNote: 'Every tie of these enterprises comes through the project that connected them.',
  sectorsNoInvestment: 'Sectors with events but no investment',
  sectorsNoInvestmentNone: 'None.',
  sectorEvents: '{events} events, {investments} investments',
  suggestedForVillage: 'Suggested supporters for a village',
  chooseVillage: 'Village',
  villageNoSupporter: 'no direct supporter',
  reasonShared: '{n} shared neighbours: {list}',
  reasonShared1: '1 shared neighbour: {list}',
  reasonVillages: 'already reaches {n} similar villages (same sector or province): {list}',
  reasonVillages1: 'already reaches 1 similar village (same sector or province): {list}',
  reasonSpheres: 'crosses helix spheres',
  reasonCommunities: 'crosses network communities',
  score: 'score',
  enterprisesInVillage: '{n} enterprises',

  evidence: 'Evidence',
  evidenceLegendTitle: 'What each mark means',
  evidenceSTATED: 'stated',
  evidenceINFERRED: 'inferred',
  evidencePLACEHOLDER: 'placeholder',
  evidenceESTIMATED: 'estimate',
  evidenceSYNTHETIC: 'synthetic',
  evidenceHelpSTATED: 'a cited source states it',
  evidenceHelpINFERRED: 'follows from what the sources state, but none states it',
  evidenceHelpPLACEHOLDER: 'an anonymous stand-in for something a source says exists',
  evidenceHelpESTIMATED: 'a figure derived or rounded by this dataset from stated figures',
  evidenceHelpSYNTHETIC: 'an assignment made up to fill a gap: never evidence',
  evidenceUnmarked: 'unmarked items are stated by a cited source',
  evidenceOf: '{what}: {level}',
  evidenceComposition: 'rests on: {list}',
  evidenceChoice: 'Answer on',
  evidenceSources: 'the sources (stated, inferred, placeholders)',
  evidenceWithEstimates: '+ our estimates',
  evidenceWithSynthetic: '+ synthetic assignments',
  evidenceSyntheticWarning: 'Synthetic assignments are included: these answers rest partly on placements made up to fill gaps, not on evidence.',
  unknown: 'unknown',
  unknownGroup: 'unknown (no record on this evidence)',
  unknownDates: '{n} events without a date on this evidence',
  unknownDates1: '1 event without a date on this evidence',
  visitsReported: 'as the source states it',
  visitsEstimate: 'our estimate: {n}',
  visitsUnknownByKind: 'visits per event are not in the sources',
  mapLegendPlaceholder: 'hollow node: placeholder (anonymous stand-in)',
  mapLegendSynthetic: 'dashed ring: synthetic record',
  mapLegendLinkPlaceholder: 'dashed line: placeholder link',
  mapLegendLinkSynthetic: 'dotted line: synthetic link',
  mapSynthetic: 'include synthetic links',
  placeNotGiven: 'place not given on this evidence: {n}',
  investmentByProvince: 'Committed investment by province',
  provinceFilter: 'Province',
  allProvinces: 'all provinces',
  reachedTitle: 'What “reached” means',
  reachedDefinition: 'A village is reached when a supporter ({kinds}) supports it, is located in it, or reaches it through one of its enterprises; an enterprise is reached when it is tied to a supporter in the actor network. Only ties on the chosen evidence count.',
  villageReached: 'reached',
  villageUnreached: 'not reached',
  notProvinceSpecific: 'Not tied to a province: shown for all provinces.',
  suggestionsStandIns: 'Stand-ins (placeholders, synthetic) come after named actors.',
  gapsSummary: '{unreached} of {villages} villages not reached · {empty} empty cells',
  coverageProvinceNote: 'A province cell counts the supporters tied to the sector in that province; a village is reached only through its own ties (see “reached”). “By village” shows each village.',
};

export type MessageKey = keyof typeof en;

const vi: Record<MessageKey, string> = {
  appTitle: 'helixgraph – khám phá hệ sinh thái',
  navSearch: 'Tìm kiếm',
  navDashboard: 'Tổng quan',
  navGaps: 'Khoảng trống',
  language: 'Ngôn ngữ',
  loading: 'Đang tải…',
  error: 'Đã xảy ra lỗi',
  retry: 'Thử lại',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundText: 'Không có trang nào ở địa chỉ này.',
  backToSearch: 'Quay lại tìm kiếm',
  footer: 'Mỗi thông tin đều có nguồn. API GraphQL tại /graphql.',

  searchTitle: 'Tìm kiếm trong hệ sinh thái',
  searchPlaceholder: 'Tổ chức, làng nghề, chương trình, sự kiện… vd. bat trang',
  searchLabel: 'Tìm kiếm',
  searchHint: 'Gõ tên tiếng Việt hoặc tiếng Anh, có dấu hay không dấu đều được.',
  searchNoResults: 'Không tìm thấy kết quả cho “{q}”.',
  searchResults: '{n} kết quả',
  searchResult1: '1 kết quả',
  scopeAll: 'Tất cả',
  scopeActors: 'Tổ chức',
  scopeVillages: 'Làng nghề',
  scopePrograms: 'Chương trình, dự án',
  scopeEvents: 'Sự kiện',
  searchStartTitle: 'Bắt đầu từ đây',

  placeholderBadge: 'giữ chỗ',
  placeholderNote: 'Đại diện cho một đối tượng có thật nhưng chưa được công bố danh tính.',
  estimateBadge: 'ước tính',
  facts: 'Thông tin',
  sources: 'Nguồn',
  noSources: 'Chưa ghi nguồn.',
  links: 'Liên kết',
  linksCount: '{n} liên kết',
  moreLinks: 'Xem thêm liên kết',
  noLinks: 'Không có liên kết.',
  measures: 'Chỉ số mạng lưới',
  measuresNote: 'Tính trên mạng lưới các tổ chức ({date}).',
  noMeasures: 'Chưa tính cho đối tượng này.',
  degree: 'Bậc',
  betweenness: 'Độ trung gian',
  closeness: 'Độ gần',
  pagerank: 'PageRank',
  constraint: 'Độ ràng buộc',
  effectiveSize: 'Quy mô hiệu dụng',
  community: 'Cộng đồng',
  brokerageRole: 'Vai trò môi giới chính',
  brokerageNone: 'không có',
  roleCoordinator: 'Điều phối',
  roleItinerant: 'Trung gian ngoài',
  roleGatekeeper: 'Người gác cổng',
  roleRepresentative: 'Đại diện',
  roleLiaison: 'Liên lạc',
  map: 'Bản đồ mạng lưới',
  mapHint: 'Bấm vào một nút để mở. Kéo để di chuyển, cuộn hoặc chụm để phóng to.',
  hops1: '1 bước',
  hops2: '2 bước',
  colourBy: 'Tô màu theo',
  colourKind: 'loại',
  colourSphere: 'khu vực',
  mapCount: '{nodes} nút, {links} liên kết',
  mapTruncated: 'hiển thị {shown} trên {total} nút',
  notActor: 'không phải tổ chức',
  suggestions: 'Liên kết gợi ý',
  suggestionsNone: 'Không có gợi ý.',
  noEntity: 'Không có đối tượng nào mang mã “{id}”.',
  fieldId: 'Mã',
  fieldDescription: 'Mô tả',
  fieldNote: 'Ghi chú',
  fieldShortName: 'Tên viết tắt',
  fieldWebsite: 'Trang web',
  fieldFounded: 'Thành lập',
  fieldProvince: 'Tỉnh/thành phố',
  fieldVillage: 'Làng nghề',
  fieldParent: 'Trực thuộc',
  fieldCraft: 'Nghề',
  fieldCommune: 'Xã',
  fieldDistrict: 'Huyện',
  fieldRegion: 'Vùng',
  fieldCode: 'Số hiệu',
  fieldDecisionDate: 'Ngày quyết định',
  fieldStartDate: 'Bắt đầu',
  fieldEndDate: 'Kết thúc',
  fieldAcceptedDate: 'Nghiệm thu',
  fieldProgram: 'Chương trình',
  fieldKind: 'Loại',
  fieldSphere: 'Khu vực (mô hình xoắn)',
  fieldDate: 'Ngày',
  fieldPlace: 'Địa điểm',
  fieldVisits: 'Lượt người tham dự',
  fieldProject: 'Dự án',
  fieldAmount: 'Số tiền',
  fieldStatus: 'Trạng thái',
  fieldCountry: 'Mã quốc gia',
  fieldDegree: 'Số quan hệ',

  dashboardTitle: 'Tổng quan',
  byKind: 'Tổ chức theo loại',
  bySphere: 'Tổ chức theo khu vực (mô hình xoắn)',
  bySector: 'Tổ chức theo lĩnh vực',
  byProvince: 'Tổ chức theo tỉnh/thành phố',
  eventsOverTime: 'Sự kiện theo thời gian',
  eventsLegend: 'sự kiện',
  visitsLegend: 'lượt người tham dự',
  investmentBySector: 'Vốn đầu tư cam kết theo lĩnh vực',
  enterprisesN: '{n} doanh nghiệp',
  reportTitle: 'Nhiệm vụ khởi đầu',
  eventsByKind: 'Sự kiện theo loại',
  participantVisits: 'Lượt người tham dự',
  visitsEstimated: 'số liệu từng sự kiện có phần ước tính',
  enterprisesConnected: 'Doanh nghiệp được kết nối',
  enterprisesInvested: 'Doanh nghiệp được đầu tư',
  committed: 'Vốn đầu tư cam kết',
  lastEvent: 'Sự kiện cuối',
  markets: 'Thị trường',
  programs: 'Chương trình',
  implementers: 'Đơn vị thực hiện',
  outputs: 'Sản phẩm',
  openProject: 'Mở nhiệm vụ',
  totalEvents: '{n} sự kiện',

  gapsTitle: 'Khoảng trống',
  coverage: 'Độ bao phủ: ai tiếp cận từng lĩnh vực, từng nơi',
  coverageByProvince: 'theo tỉnh',
  coverageByVillage: 'theo làng nghề',
  coverageEmpty: '{n} ô trống',
  coverageLegendEmpty: 'trống: không có {kinds} nào tiếp cận lĩnh vực này ở đây',
  coverageLegendScale: 'số tổ chức tiếp cận ô',
  coverageSector: 'Lĩnh vực',
  coveragePlace: 'Nơi',
  emptyCellTitle: 'Không có {kind} nào tiếp cận {sector} ở {place}',
  unreachedVillages: 'Làng nghề chưa được tổ chức hỗ trợ nào tiếp cận',
  unreachedVillagesNone: 'Không có: làng nghề nào cũng được một tổ chức hỗ trợ tiếp cận, trực tiếp hoặc qua doanh nghiệp của làng.',
  unreachedEnterprises: 'Doanh nghiệp chưa gắn với tổ chức hỗ trợ nào',
  unreachedEnterprisesNone: 'Không có: doanh nghiệp nào cũng gắn với một tổ chức hỗ trợ.',
  projectOnly: 'Doanh nghiệp chỉ gắn với một nhiệm vụ',
  projectOnlyNote: 'Mọi quan hệ của các doanh nghiệp này đều qua nhiệm vụ đã kết nối chúng.',
  sectorsNoInvestment: 'Lĩnh vực có sự kiện nhưng chưa có đầu tư',
  sectorsNoInvestmentNone: 'Không có.',
  sectorEvents: '{events} sự kiện, {investments} khoản đầu tư',
  suggestedForVillage: 'Gợi ý tổ chức hỗ trợ cho một làng nghề',
  chooseVillage: 'Làng nghề',
  villageNoSupporter: 'chưa có tổ chức hỗ trợ trực tiếp',
  reasonShared: '{n} đối tác chung: {list}',
  reasonShared1: '1 đối tác chung: {list}',
  reasonVillages: 'đã tiếp cận {n} làng nghề tương tự (cùng lĩnh vực hoặc cùng tỉnh): {list}',
  reasonVillages1: 'đã tiếp cận 1 làng nghề tương tự (cùng lĩnh vực hoặc cùng tỉnh): {list}',
  reasonSpheres: 'nối hai khu vực khác nhau của mô hình xoắn',
  reasonCommunities: 'nối hai cộng đồng mạng lưới khác nhau',
  score: 'điểm',
  enterprisesInVillage: '{n} doanh nghiệp',

  evidence: 'Bằng chứng',
  evidenceLegendTitle: 'Ý nghĩa các nhãn',
  evidenceSTATED: 'có nguồn',
  evidenceINFERRED: 'suy luận',
  evidencePLACEHOLDER: 'giữ chỗ',
  evidenceESTIMATED: 'ước tính',
  evidenceSYNTHETIC: 'giả định',
  evidenceHelpSTATED: 'một nguồn được trích dẫn nêu rõ',
  evidenceHelpINFERRED: 'suy ra từ các nguồn, nhưng không nguồn nào nêu rõ',
  evidenceHelpPLACEHOLDER: 'đại diện ẩn danh cho một đối tượng mà nguồn nói là có',
  evidenceHelpESTIMATED: 'số liệu do bộ dữ liệu này tính hoặc làm tròn từ số liệu có nguồn',
  evidenceHelpSYNTHETIC: 'gán tạm để lấp chỗ trống: không phải bằng chứng',
  evidenceUnmarked: 'mục không gắn nhãn là có nguồn trích dẫn',
  evidenceOf: '{what}: {level}',
  evidenceComposition: 'dựa trên: {list}',
  evidenceChoice: 'Trả lời dựa trên',
  evidenceSources: 'các nguồn (có nguồn, suy luận, giữ chỗ)',
  evidenceWithEstimates: '+ ước tính của chúng tôi',
  evidenceWithSynthetic: '+ gán giả định',
  evidenceSyntheticWarning: 'Đang tính cả các gán giả định: các câu trả lời này dựa một phần vào những vị trí gán tạm để lấp chỗ trống, không phải bằng chứng.',
  unknown: 'không rõ',
  unknownGroup: 'không rõ (không có bản ghi trên mức bằng chứng này)',
  unknownDates: '{n} sự kiện chưa có ngày trên mức bằng chứng này',
  unknownDates1: '1 sự kiện chưa có ngày trên mức bằng chứng này',
  visitsReported: 'theo đúng lời nguồn',
  visitsEstimate: 'ước tính của chúng tôi: {n}',
  visitsUnknownByKind: 'nguồn không cho số lượt theo từng sự kiện',
  mapLegendPlaceholder: 'nút rỗng: giữ chỗ (đại diện ẩn danh)',
  mapLegendSynthetic: 'viền đứt: bản ghi giả định',
  mapLegendLinkPlaceholder: 'nét đứt: liên kết giữ chỗ',
  mapLegendLinkSynthetic: 'nét chấm: liên kết giả định',
  mapSynthetic: 'hiện cả liên kết giả định',
  placeNotGiven: 'chưa rõ nơi trên mức bằng chứng này: {n}',
  investmentByProvince: 'Vốn đầu tư cam kết theo tỉnh/thành phố',
  provinceFilter: 'Tỉnh/thành phố',
  allProvinces: 'tất cả tỉnh/thành phố',
  reachedTitle: 'Thế nào là “được tiếp cận”',
  reachedDefinition: 'Một làng nghề được tiếp cận khi có tổ chức hỗ trợ ({kinds}) hỗ trợ làng, đặt tại làng, hoặc tiếp cận làng qua một doanh nghiệp của làng; một doanh nghiệp được tiếp cận khi gắn với một tổ chức hỗ trợ trong mạng lưới. Chỉ tính các quan hệ trên mức bằng chứng đã chọn.',
  villageReached: 'đã được tiếp cận',
  villageUnreached: 'chưa được tiếp cận',
  notProvinceSpecific: 'Không gắn với tỉnh nào: hiển thị cho mọi tỉnh.',
  suggestionsStandIns: 'Đối tượng giữ chỗ, giả định được xếp sau các tổ chức có tên.',
  gapsSummary: '{unreached} trên {villages} làng nghề chưa được tiếp cận · {empty} ô trống',
  coverageProvinceNote: 'Ô theo tỉnh đếm các tổ chức hỗ trợ gắn với lĩnh vực ở tỉnh đó; một làng nghề chỉ được tiếp cận qua quan hệ của chính làng (xem “được tiếp cận”). Chọn “theo làng nghề” để xem từng làng.',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, vi };

/** Names of node types (GraphQL __typename), singular. */
const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    Enterprise: 'Enterprise',
    SupportOrganization: 'Support organization',
    Intermediary: 'Intermediary',
    GovernmentAgency: 'Government agency',
    ResearchInstitute: 'Research institute',
    Investor: 'Investor',
    InternationalOrganization: 'International organization',
    CraftVillage: 'Craft village',
    Province: 'Province',
    Sector: 'Sector',
    Program: 'Program',
    Project: 'Project',
    Event: 'Event',
    Output: 'Output',
    Investment: 'Investment',
    Market: 'Market',
  },
  vi: {
    Enterprise: 'Doanh nghiệp',
    SupportOrganization: 'Tổ chức hỗ trợ',
    Intermediary: 'Tổ chức trung gian',
    GovernmentAgency: 'Cơ quan nhà nước',
    ResearchInstitute: 'Viện nghiên cứu',
    Investor: 'Nhà đầu tư',
    InternationalOrganization: 'Tổ chức quốc tế',
    CraftVillage: 'Làng nghề',
    Province: 'Tỉnh/thành phố',
    Sector: 'Lĩnh vực',
    Program: 'Chương trình',
    Project: 'Dự án, nhiệm vụ',
    Event: 'Sự kiện',
    Output: 'Sản phẩm',
    Investment: 'Khoản đầu tư',
    Market: 'Thị trường',
  },
};

const SPHERES: Record<Lang, Record<string, string>> = {
  en: {
    INDUSTRY: 'Industry',
    GOVERNMENT: 'Government',
    ACADEMIA: 'Academia',
    CIVIL_SOCIETY: 'Civil society',
    FINANCE: 'Finance',
    INTERNATIONAL: 'International',
  },
  vi: {
    INDUSTRY: 'Công nghiệp',
    GOVERNMENT: 'Nhà nước',
    ACADEMIA: 'Viện – trường',
    CIVIL_SOCIETY: 'Xã hội dân sự',
    FINANCE: 'Tài chính',
    INTERNATIONAL: 'Quốc tế',
  },
};

const EVENT_KINDS: Record<Lang, Record<string, string>> = {
  en: {
    SCIENTIFIC_WORKSHOP: 'Scientific workshops',
    CONSULTATION_WORKSHOP: 'Consultation workshops',
    TRAINING_COURSE: 'Training courses',
    CONNECTION_WORKSHOP: 'Connection workshops',
    DEMO_DAY: 'Demo Day',
  },
  vi: {
    SCIENTIFIC_WORKSHOP: 'Hội thảo khoa học',
    CONSULTATION_WORKSHOP: 'Hội thảo tham vấn',
    TRAINING_COURSE: 'Khóa đào tạo',
    CONNECTION_WORKSHOP: 'Hội thảo kết nối',
    DEMO_DAY: 'Demo Day',
  },
};

const OUTPUT_KINDS: Record<Lang, Record<string, string>> = {
  en: { TRAINING_MATERIALS: 'Training materials', DEVELOPMENT_MODEL: 'Development model', REPORT: 'Report' },
  vi: { TRAINING_MATERIALS: 'Tài liệu đào tạo', DEVELOPMENT_MODEL: 'Mô hình phát triển', REPORT: 'Báo cáo' },
};

const STATUSES: Record<Lang, Record<string, string>> = {
  en: { COMMITTED: 'committed', DISBURSED: 'disbursed' },
  vi: { COMMITTED: 'cam kết', DISBURSED: 'đã giải ngân' },
};

/** A relationship seen from one end: [out, in] phrases per type. */
const LINK_PHRASES: Record<Lang, Record<string, [string, string]>> = {
  en: {
    PART_OF: ['Part of', 'Units'],
    LOCATED_IN: ['Located in', 'Located here'],
    ACTIVE_IN: ['Active in', 'Active here'],
    MANAGES: ['Manages', 'Managed by'],
    FUNDS: ['Funds', 'Funded by'],
    IMPLEMENTS: ['Implements', 'Implemented by'],
    ORGANIZED: ['Organized', 'Organized by'],
    PARTICIPATED_IN: ['Took part in', 'Participants'],
    PRODUCED: ['Produced', 'Produced by'],
    SUPPORTS: ['Supports', 'Supported by'],
    CONNECTED: ['Connected', 'Connected by'],
    INVESTED: ['Invested', 'Investor'],
    RECEIVED: ['Received', 'Received by'],
    RESULT_OF: ['Result of', 'Results'],
    PARTNERS_WITH: ['Partners with', 'Partner of'],
    TARGETS_MARKET: ['Targets market', 'Targeted by'],
  },
  vi: {
    PART_OF: ['Trực thuộc', 'Đơn vị trực thuộc'],
    LOCATED_IN: ['Nằm tại', 'Có tại đây'],
    ACTIVE_IN: ['Hoạt động trong lĩnh vực', 'Tổ chức hoạt động'],
    MANAGES: ['Quản lý', 'Cơ quan quản lý'],
    FUNDS: ['Tài trợ cho', 'Được tài trợ bởi'],
    IMPLEMENTS: ['Thực hiện', 'Đơn vị thực hiện'],
    ORGANIZED: ['Đã tổ chức', 'Đơn vị tổ chức'],
    PARTICIPATED_IN: ['Đã tham gia', 'Thành phần tham gia'],
    PRODUCED: ['Đã tạo ra', 'Được tạo ra bởi'],
    SUPPORTS: ['Hỗ trợ', 'Được hỗ trợ bởi'],
    CONNECTED: ['Đã kết nối', 'Được kết nối bởi'],
    INVESTED: ['Đã đầu tư', 'Nhà đầu tư'],
    RECEIVED: ['Đã nhận', 'Bên nhận'],
    RESULT_OF: ['Kết quả của', 'Kết quả'],
    PARTNERS_WITH: ['Đối tác của', 'Là đối tác của'],
    TARGETS_MARKET: ['Hướng tới thị trường', 'Được hướng tới bởi'],
  },
};

const STORAGE_KEY = 'helixgraph.lang';
let current: Lang = initialLang();
const listeners = new Set<() => void>();

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    // storage blocked: fall through to the browser's preference
  }
  return (navigator.languages ?? [navigator.language]).some((l) => /^vi\b/i.test(l)) ? 'vi' : 'en';
}

export function getLang(): Lang {
  return current;
}

/** Switches the language, remembers it, and tells every listener (the page re-renders). */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered, still switched
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}

/** The message `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[current][key].replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** `one` when n is 1, else `many`, filled with n. */
export function plural(n: number, one: MessageKey, many: MessageKey, params: Record<string, string | number> = {}): string {
  return t(n === 1 ? one : many, { n: formatNumber(n), ...params });
}

export function typeName(typename: string): string {
  return TYPE_NAMES[current][typename] ?? typename;
}

export function sphereName(sphere: string): string {
  return SPHERES[current][sphere] ?? sphere;
}

export function eventKindName(kind: string): string {
  return EVENT_KINDS[current][kind] ?? kind;
}

export function outputKindName(kind: string): string {
  return OUTPUT_KINDS[current][kind] ?? kind;
}

export function statusName(status: string): string {
  return STATUSES[current][status] ?? status;
}

/** A relationship's phrase seen from this end ("Located in", "Participants"). */
export function linkPhrase(type: string, direction: string): string {
  const pair = LINK_PHRASES[current][type];
  if (!pair) return type;
  return direction === 'IN' ? pair[1] : pair[0];
}

/** The name to show: the English name in English when there is one, else the original name. */
export function displayName(node: { name: string; nameEn?: string | null; shortName?: string | null }): string {
  return current === 'en' && node.nameEn ? node.nameEn : node.name;
}

/** The other language's name, shown under the main one when it differs. */
export function otherName(node: { name: string; nameEn?: string | null }): string | null {
  const other = current === 'en' ? node.name : node.nameEn;
  return other && other !== displayName(node) ? other : null;
}

export function formatNumber(n: number, digits = 0): string {
  return new Intl.NumberFormat(current === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** "USD 360,000" in English, "360.000 USD" in Vietnamese. */
export function formatMoney(amount: number, currency: string): string {
  return current === 'vi' ? `${formatNumber(amount)} ${currency}` : `${currency} ${formatNumber(amount)}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as people write it: "Aug 2020" / "8/2020". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = Number(mo);
  if (current === 'vi') return d ? `${Number(d)}/${month}/${y}` : `${month}/${y}`;
  return d ? `${Number(d)} ${MONTHS_EN[month - 1]} ${y}` : `${MONTHS_EN[month - 1]} ${y}`;
}

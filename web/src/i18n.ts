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
  navBrokers: 'Brokers',
  brokerageTotal: 'Brokerage (all roles)',
  skipToContent: 'Skip to content',
  brokersTitle: 'Brokers and measures',
  brokersIntro: 'Actors ranked by a network measure of the actor network (actors tied directly or through a shared event, project or investment).',
  docsLink: 'how the measures are computed (docs/analytics.md)',
  rankBy: 'Rank by',
  filterKind: 'Kind',
  filterSphere: 'Helix sphere',
  filterProvince: 'Province',
  filterAny: 'any',
  filterEvidence: 'Records on',
  evidenceAll: 'every level but synthetic',
  evidenceStatedOnly: 'stated only',
  rankColumn: 'Rank',
  actorColumn: 'Actor',
  valueColumn: 'Value',
  rolesColumn: 'Brokerage roles',
  noActors: 'No actor matches these filters.',
  actorsShown: 'showing {shown} of {total} actors',
  lowIsBroker: 'low first: the less constrained broker leads',
  highFirst: 'highest first',
  betweenTitle: 'Who brokers between two helix spheres',
  betweenIntro: 'Actors tied to an actor of each sphere who are not tied to each other: each such pair is an open two-path A – broker – C (Gould–Fernandez). Each tie shows what it rests on.',
  betweenFrom: 'Between',
  betweenTo: 'and',
  betweenNone: 'No actor brokers between these spheres on this evidence.',
  brokerPairs: 'joins {n} pairs of actors who are not tied to each other',
  brokerPairs1: 'joins 1 pair of actors who are not tied to each other',
  brokerTies: 'Its ties to these spheres ({n}), with their evidence',
  tieDirect: 'direct relationship: {type}',
  tieVia: 'through the {fold}: {name}',
  foldEVENT: 'event',
  foldPROJECT: 'project',
  foldINVESTMENT: 'investment',
  foldVILLAGE: 'village',
  roleCOORDINATOR: 'coordinator (all three in one sphere)',
  roleITINERANT: 'itinerant (both ends in one sphere, the broker in another)',
  roleGATEKEEPER_REPRESENTATIVE: 'gatekeeper and representative (the broker belongs to one of the two spheres)',
  roleLIAISON: 'liaison (three different spheres)',
  measureDefDegree: 'Distinct actors tied to this one in the actor network, directly or through a shared event, project or investment. Higher: more contacts.',
  measureDefBetweenness: 'Share of the shortest paths between two other actors that pass through this one (0 to 1). Higher: more of a bridge that others depend on.',
  measureDefCloseness: 'How near this actor is to all the others (0 to 1, Wasserman–Faust). Higher: reaches everyone in fewer steps.',
  measureDefPagerank: 'Share of time a random walk over the ties spends here (all actors sum to 1). Higher: tied to actors who are themselves central.',
  measureDefConstraint: 'Burt’s constraint: how much this actor’s contacts are tied to one another (0 to about 1). Lower: a broker across structural holes; higher: a closed circle.',
  measureDefEffectiveSize: 'Burt’s effective size: the number of contacts that are not redundant with one another. Higher: more distinct circles reached.',
  measureDefBrokerage: 'Gould–Fernandez brokerage: open two-paths A → this actor → C with A and C not tied, counted by the helix spheres of the three. Higher: joins more actors who do not know each other.',
  measureDefCommunity: 'Louvain community of the actor network (0 is the largest).',
  roleDefCoordinator: 'A, the broker and C in one sphere',
  roleDefItinerant: 'A and C in one sphere, the broker in another',
  roleDefGatekeeper: 'lets an outsider into its own sphere',
  roleDefRepresentative: 'speaks for its own sphere to an outsider',
  roleDefLiaison: 'A, the broker and C in three spheres',
  degreeVsLinks: 'Degree ({degree}) counts distinct actors in the actor network; “Relationships” ({links}) counts this record’s own relationships in the graph, to any kind of entity (villages, events, projects…). They differ because one relationship to a project or event ties an actor to every actor of that project or event, and relationships to non-actors tie no actor.',
  measureExact: 'Exact: computed with all {n} actors as sources.',
  measureSampled: 'Estimated from {pivots} sampled sources of {n} actors: standard error up to ±{se} for one actor; with {conf}% probability every actor’s value is within ±{bound}.',
  measureClosenessSampled: 'Closeness: standard error up to ±{se}.',
  measuresOnEvidence: 'Computed on records that are {levels}.',
  scoreHelp: 'The score ranks suggestions: the Adamic–Adar index (shared neighbours, each counting more the fewer ties it has), raised by half when the tie would cross helix spheres and by half again when it would cross network communities. It has no unit; compare scores only within one list.',
  dataInEnglish: 'in English',
  dataInVietnamese: 'in Vietnamese',
  placeholderMark: '[placeholder]',
  queryBehind: 'the query behind this',
  queryBehindTitle: 'Open this figure’s GraphQL query in GraphiQL, with its variables',
  exportTitle: 'Export what the map shows',
  exportTruncated: 'The map is cut to {shown} of {total} nodes: the export would hold more than it shows, so it is off.',
  mapShowKinds: 'Show',
  mapFilterKinds: 'Kinds shown (click to hide or show)',
  mapHidden: '{n} nodes hidden by the filter',
  mapActivate: 'Tap to use the map',
  mapDeactivate: 'Done with the map',
  mapLegendShown: 'Colours of what is shown',
  searchTooLong: 'A search can be at most {max} characters; this one has {n}. Shorten it.',
  searchNoLetters: 'Type at least one letter or digit: a search made only of symbols or emoji finds nothing.',
  errorNetwork: 'The helixgraph server cannot be reached. Check that it is running, then try again.',
  errorTimeout: 'The server took too long to answer. Try again in a moment.',
  errorBadInput: 'The server refused this request; its reason (in English) is below. Change the input rather than retrying.',
  errorOther: 'The server could not answer this request.',
  unitActors: '{n} actors',
  visitsUnit: 'participant visits (one person at two events counts twice)',
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
  navBrokers: 'Môi giới',
  brokerageTotal: 'Môi giới (mọi vai trò)',
  skipToContent: 'Bỏ qua đến nội dung',
  brokersTitle: 'Môi giới và chỉ số mạng',
  brokersIntro: 'Các tác nhân xếp hạng theo một chỉ số của mạng tác nhân (tác nhân nối với nhau trực tiếp hoặc qua sự kiện, dự án, khoản đầu tư chung).',
  docsLink: 'cách tính các chỉ số (docs/analytics.md, tiếng Anh)',
  rankBy: 'Xếp hạng theo',
  filterKind: 'Loại',
  filterSphere: 'Khu vực xoắn',
  filterProvince: 'Tỉnh',
  filterAny: 'tất cả',
  filterEvidence: 'Bản ghi dựa trên',
  evidenceAll: 'mọi mức trừ giả định',
  evidenceStatedOnly: 'chỉ có nguồn',
  rankColumn: 'Hạng',
  actorColumn: 'Tác nhân',
  valueColumn: 'Giá trị',
  rolesColumn: 'Vai trò môi giới',
  noActors: 'Không có tác nhân nào khớp bộ lọc.',
  actorsShown: 'hiển thị {shown} trên {total} tác nhân',
  lowIsBroker: 'thấp trước: tác nhân ít bị ràng buộc nhất đứng đầu',
  highFirst: 'cao trước',
  betweenTitle: 'Ai làm môi giới giữa hai khu vực xoắn',
  betweenIntro: 'Các tác nhân nối với một tác nhân của mỗi khu vực mà hai tác nhân đó không nối với nhau: mỗi cặp như vậy là một đường hai bước mở A – môi giới – C (Gould–Fernandez). Mỗi mối nối ghi rõ dựa trên bằng chứng nào.',
  betweenFrom: 'Giữa',
  betweenTo: 'và',
  betweenNone: 'Không có tác nhân nào làm môi giới giữa hai khu vực này trên bằng chứng đã chọn.',
  brokerPairs: 'nối {n} cặp tác nhân vốn không nối với nhau',
  brokerPairs1: 'nối 1 cặp tác nhân vốn không nối với nhau',
  brokerTies: 'Các mối nối với hai khu vực ({n}), kèm bằng chứng',
  tieDirect: 'quan hệ trực tiếp: {type}',
  tieVia: 'qua {fold}: {name}',
  foldEVENT: 'sự kiện',
  foldPROJECT: 'dự án',
  foldINVESTMENT: 'khoản đầu tư',
  foldVILLAGE: 'làng nghề',
  roleCOORDINATOR: 'điều phối (cả ba cùng một khu vực)',
  roleITINERANT: 'lưu động (hai đầu cùng một khu vực, môi giới ở khu vực khác)',
  roleGATEKEEPER_REPRESENTATIVE: 'gác cổng và đại diện (môi giới thuộc một trong hai khu vực)',
  roleLIAISON: 'liên lạc (ba khu vực khác nhau)',
  measureDefDegree: 'Số tác nhân khác nhau nối với tác nhân này trong mạng tác nhân, trực tiếp hoặc qua sự kiện, dự án, khoản đầu tư chung. Cao hơn: nhiều đầu mối hơn.',
  measureDefBetweenness: 'Tỷ lệ các đường ngắn nhất giữa hai tác nhân khác đi qua tác nhân này (0 đến 1). Cao hơn: càng là cầu nối mà người khác phụ thuộc.',
  measureDefCloseness: 'Mức gần của tác nhân này tới mọi tác nhân khác (0 đến 1, Wasserman–Faust). Cao hơn: tới mọi người qua ít bước hơn.',
  measureDefPagerank: 'Phần thời gian một bước đi ngẫu nhiên theo các mối nối dừng ở đây (tổng mọi tác nhân bằng 1). Cao hơn: nối với những tác nhân vốn trung tâm.',
  measureDefConstraint: 'Độ ràng buộc của Burt: mức các đầu mối của tác nhân này nối với nhau (0 đến khoảng 1). Thấp hơn: môi giới qua các lỗ hổng cấu trúc; cao hơn: một vòng khép kín.',
  measureDefEffectiveSize: 'Quy mô hiệu dụng của Burt: số đầu mối không trùng lặp với nhau. Cao hơn: chạm tới nhiều nhóm khác nhau hơn.',
  measureDefBrokerage: 'Môi giới Gould–Fernandez: các đường hai bước mở A → tác nhân này → C mà A và C không nối với nhau, đếm theo khu vực xoắn của cả ba. Cao hơn: nối nhiều tác nhân không quen nhau hơn.',
  measureDefCommunity: 'Cộng đồng Louvain của mạng tác nhân (0 là cộng đồng lớn nhất).',
  roleDefCoordinator: 'A, môi giới và C cùng một khu vực',
  roleDefItinerant: 'A và C cùng một khu vực, môi giới ở khu vực khác',
  roleDefGatekeeper: 'đưa người ngoài vào khu vực của mình',
  roleDefRepresentative: 'thay mặt khu vực của mình với người ngoài',
  roleDefLiaison: 'A, môi giới và C thuộc ba khu vực',
  degreeVsLinks: 'Bậc ({degree}) đếm số tác nhân khác nhau trong mạng tác nhân; “Quan hệ” ({links}) đếm các quan hệ của chính bản ghi này trong đồ thị, với mọi loại thực thể (làng nghề, sự kiện, dự án…). Hai số khác nhau vì một quan hệ với một dự án hay sự kiện nối tác nhân với mọi tác nhân của dự án hay sự kiện đó, còn quan hệ với thứ không phải tác nhân thì không nối tác nhân nào.',
  measureExact: 'Chính xác: tính với tất cả {n} tác nhân làm điểm xuất phát.',
  measureSampled: 'Ước tính từ {pivots} điểm xuất phát lấy mẫu trong {n} tác nhân: sai số chuẩn tối đa ±{se} cho một tác nhân; với xác suất {conf}%, giá trị của mọi tác nhân nằm trong ±{bound}.',
  measureClosenessSampled: 'Độ gần: sai số chuẩn tối đa ±{se}.',
  measuresOnEvidence: 'Tính trên các bản ghi: {levels}.',
  scoreHelp: 'Điểm dùng để xếp hạng gợi ý: chỉ số Adamic–Adar (các láng giềng chung, mỗi láng giềng càng ít mối nối càng có trọng số cao), tăng một nửa khi mối nối vượt qua khu vực xoắn và thêm một nửa khi vượt qua cộng đồng mạng. Điểm không có đơn vị; chỉ so sánh điểm trong cùng một danh sách.',
  dataInEnglish: 'tiếng Anh',
  dataInVietnamese: 'tiếng Việt',
  placeholderMark: '[giữ chỗ]',
  queryBehind: 'truy vấn phía sau',
  queryBehindTitle: 'Mở truy vấn GraphQL của số liệu này trong GraphiQL, kèm biến',
  exportTitle: 'Xuất đúng những gì bản đồ hiển thị',
  exportTruncated: 'Bản đồ chỉ hiện {shown} trên {total} nút: tệp xuất sẽ chứa nhiều hơn những gì hiển thị, nên nút xuất bị tắt.',
  mapShowKinds: 'Hiện',
  mapFilterKinds: 'Các loại đang hiện (bấm để ẩn hoặc hiện)',
  mapHidden: '{n} nút bị bộ lọc ẩn',
  mapActivate: 'Chạm để dùng bản đồ',
  mapDeactivate: 'Xong với bản đồ',
  mapLegendShown: 'Màu của những gì đang hiện',
  searchTooLong: 'Từ khóa tìm kiếm dài tối đa {max} ký tự; từ khóa này có {n}. Hãy rút ngắn.',
  searchNoLetters: 'Hãy gõ ít nhất một chữ cái hoặc chữ số: từ khóa chỉ gồm ký hiệu hay emoji không tìm được gì.',
  errorNetwork: 'Không kết nối được máy chủ helixgraph. Hãy kiểm tra máy chủ đang chạy rồi thử lại.',
  errorTimeout: 'Máy chủ trả lời quá lâu. Hãy thử lại sau giây lát.',
  errorBadInput: 'Máy chủ từ chối yêu cầu này; lý do (tiếng Anh) ở dưới. Hãy sửa dữ liệu nhập thay vì thử lại.',
  errorOther: 'Máy chủ không trả lời được yêu cầu này.',
  unitActors: '{n} tác nhân',
  visitsUnit: 'lượt tham dự (một người dự hai sự kiện được tính hai lượt)',
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

/** The dataset's mark on the names of anonymous stand-ins ("[PLACEHOLDER] Investor 01"). */
const PLACEHOLDER_PREFIX = /^\[PLACEHOLDER\]\s*/i;

/** A name with the dataset's "[PLACEHOLDER]" mark written in the page's language ("[giữ chỗ]"). */
export function localMarks(name: string): string {
  return PLACEHOLDER_PREFIX.test(name) ? `${t('placeholderMark')} ${name.replace(PLACEHOLDER_PREFIX, '')}` : name;
}

/** The name to show: the English name in English when there is one, else the original name; marks in the page's language. */
export function displayName(node: { name: string; nameEn?: string | null; shortName?: string | null }): string {
  return localMarks(current === 'en' && node.nameEn ? node.nameEn : node.name);
}

const VIETNAMESE_LETTERS = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

/**
 * The language a piece of the data is written in: Vietnamese when at least a fifth of its words
 * carry Vietnamese letters (an English note naming Hà Nội stays English), else English.
 */
export function textLang(text: string): Lang {
  const words = text.split(/[\s,.;:()"“”]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return current;
  return words.filter((w) => VIETNAMESE_LETTERS.test(w)).length / words.length >= 0.2 ? 'vi' : 'en';
}

/** The other language's name, shown under the main one when it differs. */
export function otherName(node: { name: string; nameEn?: string | null }): string | null {
  const raw = current === 'en' ? node.name : node.nameEn;
  const other = raw ? localMarks(raw) : raw;
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

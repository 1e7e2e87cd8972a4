"""The real-world tables the synthetic graph is drawn from: provinces, anchors, programmes, names."""

# (code, zh, en, class, region): W(est, receives aid), E(ast, gives it), C(entral), X (rarely involved)
PROVINCES = [
    ("110000", "北京市", "Beijing", "Municipality", "E"), ("120000", "天津市", "Tianjin", "Municipality", "E"),
    ("130000", "河北省", "Hebei", "Province", "C"), ("140000", "山西省", "Shanxi", "Province", "C"),
    ("150000", "内蒙古自治区", "Inner Mongolia", "AutonomousRegion", "W"),
    ("210000", "辽宁省", "Liaoning", "Province", "E"), ("220000", "吉林省", "Jilin", "Province", "C"),
    ("230000", "黑龙江省", "Heilongjiang", "Province", "C"), ("310000", "上海市", "Shanghai", "Municipality", "E"),
    ("320000", "江苏省", "Jiangsu", "Province", "E"), ("330000", "浙江省", "Zhejiang", "Province", "E"),
    ("340000", "安徽省", "Anhui", "Province", "C"), ("350000", "福建省", "Fujian", "Province", "E"),
    ("360000", "江西省", "Jiangxi", "Province", "C"), ("370000", "山东省", "Shandong", "Province", "E"),
    ("410000", "河南省", "Henan", "Province", "C"), ("420000", "湖北省", "Hubei", "Province", "C"),
    ("430000", "湖南省", "Hunan", "Province", "C"), ("440000", "广东省", "Guangdong", "Province", "E"),
    ("450000", "广西壮族自治区", "Guangxi", "AutonomousRegion", "W"), ("460000", "海南省", "Hainan", "Province", "C"),
    ("500000", "重庆市", "Chongqing", "Municipality", "W"), ("510000", "四川省", "Sichuan", "Province", "W"),
    ("520000", "贵州省", "Guizhou", "Province", "W"), ("530000", "云南省", "Yunnan", "Province", "W"),
    ("540000", "西藏自治区", "Tibet", "AutonomousRegion", "W"), ("610000", "陕西省", "Shaanxi", "Province", "W"),
    ("620000", "甘肃省", "Gansu", "Province", "W"), ("630000", "青海省", "Qinghai", "Province", "W"),
    ("640000", "宁夏回族自治区", "Ningxia", "AutonomousRegion", "W"),
    ("650000", "新疆维吾尔自治区", "Xinjiang", "AutonomousRegion", "W"),
    ("710000", "台湾省", "Taiwan", "Province", "X"),
    ("810000", "香港特别行政区", "Hong Kong", "SpecialAdministrativeRegion", "X"),
    ("820000", "澳门特别行政区", "Macao", "SpecialAdministrativeRegion", "X"),
]
# real prefectures that the query mix names; every graph has them
ANCHORS = [("540100", "拉萨市", "Lhasa"), ("540200", "日喀则市", "Shigatse"), ("653100", "喀什地区", "Kashgar"),
           ("653200", "和田地区", "Hotan"), ("513200", "阿坝藏族羌族自治州", "Ngawa")]
# (slug, zh, en, type, start year, recipient province codes)
PROGRAMMES = [
    ("yuanzang", "对口支援西藏", "Paired assistance to Tibet", "interprovincial", 1994, ["540000"]),
    ("yuanjiang", "对口支援新疆", "Paired assistance to Xinjiang", "interprovincial", 1997, ["650000"]),
    ("dongxibu", "东西部扶贫协作", "East–west poverty-alleviation cooperation", "bangfu", 1996,
     ["450000", "500000", "510000", "520000", "530000", "610000", "620000", "630000", "640000", "150000"]),
    ("sanxia", "对口支援三峡库区", "Paired assistance to the Three Gorges area", "interprovincial", 1992,
     ["500000", "420000"]),
    ("wenchuan-chongjian", "汶川地震灾后恢复重建对口支援", "Wenchuan earthquake reconstruction aid", "disaster", 2008,
     ["510000", "620000", "610000"]),
    ("sansheng-zangqu", "对口支援四川云南甘肃藏区", "Paired assistance to the Tibetan areas of Sichuan, Yunnan and Gansu",
     "interprovincial", 2014, ["510000", "530000", "620000"]),
    ("yuanqing", "对口支援青海藏区", "Paired assistance to the Tibetan areas of Qinghai", "interprovincial", 2010,
     ["630000"]),
]
# the programmes' short names (skos:altLabel in triples/programmes.ttl): how questions name them (哪些省市对口援疆)
PROGRAMME_SHORT_NAMES = {
    "yuanzang": ["援藏", "对口援藏"], "yuanjiang": ["援疆", "对口援疆"],
    "dongxibu": ["东西部扶贫协作（东西部协作）", "东西部协作", "东西扶贫协作"], "sanxia": ["三峡移民对口支援", "三峡对口支援", "三峡"],
    "wenchuan-chongjian": ["汶川重建", "汶川对口支援", "汶川地震对口支援", "汶川", "对口援建汶川"],
    "sansheng-zangqu": ["援助三省藏区", "四川云南甘肃藏区"], "yuanqing": ["援青", "对口援青"]}
AGENCIES = [("jiaoyubu", "教育部", "Ministry of Education"), ("caizhengbu", "财政部", "Ministry of Finance"),
            ("minzhengbu", "民政部", "Ministry of Civil Affairs"), ("shangwubu", "商务部", "Ministry of Commerce"),
            ("guojia-fagaiwei", "国家发展和改革委员会", "National Development and Reform Commission"),
            ("guojia-minwei", "国家民族事务委员会", "National Ethnic Affairs Commission"),
            ("weijianwei", "国家卫生健康委员会", "National Health Commission"),
            ("guowuyuan-bangongting", "国务院办公厅", "General Office of the State Council")]
SECTORS = [("education", "教育", "Education"), ("health", "医疗卫生", "Health care"),
           ("industry", "产业发展", "Industry"), ("infrastructure", "基础设施", "Infrastructure"),
           ("agriculture", "农业", "Agriculture"), ("housing", "安居工程", "Housing"),
           ("employment", "就业", "Employment"), ("ecology", "生态保护", "Ecology")]
CADRE_TYPES = ["党政干部", "专业技术人才", "教师", "医生"]
STATUSES = ["Verified"] * 6 + ["PartiallyVerified"] * 3 + ["Unverified"]
SYLLABLES = [("安", "an"), ("宁", "ning"), ("和", "he"), ("平", "ping"), ("山", "shan"), ("阳", "yang"),
             ("江", "jiang"), ("东", "dong"), ("西", "xi"), ("南", "nan"), ("北", "bei"), ("兴", "xing"),
             ("昌", "chang"), ("泉", "quan"), ("林", "lin"), ("海", "hai"), ("德", "de"), ("华", "hua"),
             ("丰", "feng"), ("庆", "qing"), ("永", "yong"), ("福", "fu"), ("喀", "ka"), ("玛", "ma"),
             ("拉", "la"), ("木", "mu"), ("吉", "ji"), ("源", "yuan"), ("云", "yun"), ("龙", "long")]
COUNTY_KINDS = [("County", "县", "County")] * 3 + [("CountyLevelCity", "市", "City"), ("District", "区", "District")]
# what the build's reasoner adds to an actor of each class (triples/inferred.ttl): its superclasses in the ontology
# (ProvinceRankActor = the province-level divisions and the 计划单列市, City = municipalities, prefecture-level and
# county-level cities), as the real actors carry them
PROVINCE_RANK = ("ProvinceLevelDivision", "ProvinceRankActor")
SUPERCLASSES = {**dict.fromkeys(("Province", "AutonomousRegion", "SpecialAdministrativeRegion"), PROVINCE_RANK),
                "Municipality": ("City", *PROVINCE_RANK),
                "PrefectureLevelCity": ("City", "PrefectureLevelDivision"),
                "SeparatelyPlannedCity": ("PrefectureLevelCity", "City", "PrefectureLevelDivision", "ProvinceRankActor"),
                **dict.fromkeys(("AutonomousPrefecture", "Prefecture"), ("PrefectureLevelDivision",)),
                **dict.fromkeys(("County", "District"), ("CountyLevelDivision",)),
                "CountyLevelCity": ("City", "CountyLevelDivision")}
# the five cities with independent planning status (real codes), supporters in their own right beside the provinces
SEPARATELY_PLANNED = [("210200", "大连市", "Dalian"), ("330200", "宁波市", "Ningbo"), ("350200", "厦门市", "Xiamen"),
                      ("370200", "青岛市", "Qingdao"), ("440300", "深圳市", "Shenzhen")]
# who supports, as shares of the real pairings (triples/, 347 pairings): a province 60 % (Tibet's 70 %), a 计划单列市
# 7 %, a prefecture or county 27 % (two in five of them as a member of their province's team, dk:supporterTeam:
# 11 % of all), an agency or an enterprise 6 %
SUPPORTER_SHARES = {"province": 0.60, "province-yuanzang": 0.70, "separately-planned": 0.07, "division": 0.27,
                    "team-member": 0.4, "agency": 0.03}
PREF_KINDS = [("PrefectureLevelCity", "市", "City")] * 3 + [("AutonomousPrefecture", "州", "Prefecture"),
                                                            ("Prefecture", "地区", "Prefecture")]

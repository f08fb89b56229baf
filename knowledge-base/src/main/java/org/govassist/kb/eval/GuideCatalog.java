package org.govassist.kb.eval;

import java.util.Arrays;
import java.util.List;

import org.govassist.kb.eval.MatterKind.Family;

/**
 * The places, departments and subjects that generated guides combine: every subject's matters,
 * offered by the city and by each of its districts, counties and development zones, as a large
 * city's portal lists them.
 */
final class GuideCatalog {

	private GuideCatalog() {
	}

	/**
	 * Where a matter is handled: the city itself, or one of its districts, counties or zones.
	 *
	 * @param code the id prefix
	 * @param name the name in titles, e.g. 滨江区
	 * @param prefix the prefix of its departments' names, e.g. 临江市滨江区
	 * @param shortName the name inside branch offices' names, e.g. 滨江
	 * @param address the street address of its government service centre
	 */
	record Place(String code, String name, String prefix, String shortName, String address) {

		/** Whether this is the city level rather than a district. */
		boolean city() {
			return code.equals(CITY.code);
		}

		/** The government service centre where matters are handled in person. */
		String centre() {
			return (city() ? prefix : name) + "政务服务中心";
		}

	}

	/**
	 * A department, named differently at city level and in a district.
	 *
	 * @param cityName the city department's name
	 * @param localPattern the district department's name with {@code {prefix}} or {@code {short}}
	 */
	record Department(String cityName, String localPattern) {

		/** The department's name in a place. */
		String nameIn(Place place) {
			return place.city() ? cityName
					: localPattern.replace("{prefix}", place.prefix()).replace("{short}", place.shortName());
		}

	}

	/**
	 * What a matter is about: a certificate, licence or benefit.
	 *
	 * @param code the id part, e.g. {@code food-business}
	 * @param name the formal name, e.g. 食品经营许可证
	 * @param shortName the everyday name, e.g. 食品许可证
	 * @param family its kind, which decides the matters it has
	 * @param department who handles it
	 * @param category the portal's category
	 * @param audience who it is for
	 * @param legalBasis the law it rests on
	 * @param fee what it costs where a fee applies
	 * @param materials what to bring besides the matter's usual materials
	 * @param matterCodes the codes of its matters
	 */
	record Subject(String code, String name, String shortName, Family family, Department department, String category,
			List<String> audience, String legalBasis, String fee, List<String> materials, List<String> matterCodes) {

		Subject {
			audience = List.copyOf(audience);
			materials = List.copyOf(materials);
			matterCodes = List.copyOf(matterCodes);
		}

		/** The subject's matters. */
		List<MatterKind> matters() {
			return matterCodes.stream().map(code -> MatterKind.of(family, code)).toList();
		}

	}

	static final Place CITY = new Place("lj", "临江市", "临江市", "临江", "滨江大道88号");

	static final List<Place> PLACES = List.of(CITY,
			district("binjiang", "滨江区", "江滨路118号"),
			district("chengdong", "城东区", "东兴路26号"),
			district("chengxi", "城西区", "西园路9号"),
			district("chengnan", "城南区", "南湖路201号"),
			district("chengbei", "城北区", "北环路66号"),
			district("jiangbei", "江北区", "北岸路15号"),
			district("lingang", "临港区", "港城大道300号"),
			district("qingshan", "青山区", "青山大道58号"),
			district("baisha", "白沙区", "白沙路12号"),
			district("longhu", "龙湖区", "龙湖东路7号"),
			district("xinzhou", "新洲区", "新洲大道45号"),
			county("donghu", "东湖县", "县府路1号"),
			county("nanling", "南岭县", "岭南大道88号"),
			county("qinghe", "清河县", "河滨路33号"),
			county("shimen", "石门县", "石门路19号"),
			county("yunxi", "云溪县", "云溪大道6号"),
			county("anping", "安平市", "安平大道100号"),
			county("changning", "长宁市", "长宁路27号"),
			zone("gaoxin", "临江高新区", "高新区", "创新路1号"),
			zone("jingkai", "临江经开区", "经开区", "经开大道168号"),
			zone("zongbao", "临江综保区", "综保区", "保税路8号"),
			zone("linkong", "临江临空经济区", "临空经济区", "航城路2号"),
			zone("wenlv", "临江文旅度假区", "文旅度假区", "湖滨路5号"),
			zone("xincheng", "临江新城", "新城", "新城中央大道20号"));

	private static Place district(String code, String name, String address) {
		return new Place(code, name, "临江市" + name, name.substring(0, name.length() - 1), address);
	}

	private static Place county(String code, String name, String address) {
		return new Place(code, name, name, name.substring(0, name.length() - 1), address);
	}

	private static Place zone(String code, String name, String shortName, String address) {
		return new Place(code, name, name, shortName, address);
	}

	private static final Department POLICE = new Department("临江市公安局", "临江市公安局{short}分局");

	private static final Department TRAFFIC = new Department("临江市公安局交通警察支队", "临江市公安局交通警察支队{short}大队");

	private static final Department EXIT_ENTRY = new Department("临江市公安局出入境管理支队", "临江市公安局{short}分局出入境管理大队");

	private static final Department HUMAN_RESOURCES = local("人力资源和社会保障局");

	private static final Department MEDICAL_INSURANCE = local("医疗保障局");

	private static final Department CIVIL_AFFAIRS = local("民政局");

	private static final Department HEALTH = new Department("临江市卫生健康委员会", "{prefix}卫生健康局");

	private static final Department EDUCATION = local("教育局");

	private static final Department MARKET = local("市场监督管理局");

	private static final Department TRANSPORT = local("交通运输局");

	private static final Department HOUSING = local("住房和城乡建设局");

	private static final Department REAL_ESTATE = new Department("临江市不动产登记中心", "临江市不动产登记中心{short}分中心");

	private static final Department PLANNING = new Department("临江市自然资源和规划局", "临江市自然资源和规划局{short}分局");

	private static final Department ECOLOGY = new Department("临江市生态环境局", "临江市生态环境局{short}分局");

	private static final Department WATER = local("水务局");

	private static final Department CULTURE = new Department("临江市文化广电旅游局", "{prefix}文化广电旅游体育局");

	private static final Department TOBACCO = new Department("临江市烟草专卖局", "临江市烟草专卖局{short}分局");

	private static final Department EMERGENCY = local("应急管理局");

	private static final Department URBAN = local("城市管理局");

	private static final Department JUSTICE = local("司法局");

	private static final Department VETERANS = local("退役军人事务局");

	private static final Department AGRICULTURE = local("农业农村局");

	private static final Department DISABLED = local("残疾人联合会");

	private static final Department SCIENCE = local("科学技术局");

	private static Department local(String name) {
		return new Department("临江市" + name, "{prefix}" + name);
	}

	private static final List<String> PERSONS = List.of("个人");

	private static final List<String> BUSINESSES = List.of("企业", "个体工商户");

	private static final List<String> ORGANISATIONS = List.of("企业", "事业单位", "社会组织");

	static final List<Subject> SUBJECTS = List.of(
			person("id-card", "居民身份证", "身份证", POLICE, "户籍与身份证件", "《中华人民共和国居民身份证法》",
					"证件工本费20元；遗失补领、损坏换领的工本费40元", List.of("居民户口簿原件"),
					"first renew reissue replace change report-loss verify"),
			person("residence-permit", "居住证", "居住证", POLICE, "户籍与身份证件", "《居住证暂行条例》", "首次申领不收费；换领、补领工本费20元",
					List.of("居住地住址证明（房屋产权证明、租赁合同或单位住宿证明）", "就业、就读或连续居住半年以上的证明"),
					"first renew reissue replace change cancel verify"),
			person("hmt-residence-permit", "港澳台居民居住证", "港澳台居住证", POLICE, "户籍与身份证件",
					"《港澳台居民居住证申领发放办法》", "工本费20元", List.of("港澳居民来往内地通行证或台湾居民来往大陆通行证", "居住地住址证明"),
					"first renew reissue replace change"),
			person("household-register", "居民户口簿", "户口本", POLICE, "户籍与身份证件", "《中华人民共和国户口登记条例》", "不收费",
					List.of("户主居民身份证原件"), "reissue replace change verify"),
			person("temporary-id-card", "临时居民身份证", "临时身份证", POLICE, "户籍与身份证件", "《中华人民共和国临时居民身份证管理办法》",
					"工本费10元", List.of("居民身份证申领受理回执"), "first verify"),
			person("driving-licence", "机动车驾驶证", "驾照", TRAFFIC, "交通出行", "《机动车驾驶证申领和使用规定》", "工本费10元",
					List.of("县级或部队团级以上医疗机构出具的身体条件证明"), "first renew reissue replace change cancel verify"),
			person("vehicle-licence", "机动车行驶证", "行驶证", TRAFFIC, "交通出行", "《机动车登记规定》", "工本费10元",
					List.of("机动车登记证书"), "reissue replace change verify"),
			person("number-plate", "机动车号牌", "车牌", TRAFFIC, "交通出行", "《机动车登记规定》", "号牌工本费每副100元（小型汽车）",
					List.of("机动车行驶证"), "reissue replace"),
			person("e-bike-plate", "电动自行车号牌", "电动车牌照", TRAFFIC, "交通出行", "《临江市电动自行车管理条例》", "不收费",
					List.of("电动自行车购车发票或来历证明", "产品合格证"), "first reissue replace change cancel"),
			person("passport", "普通护照", "护照", EXIT_ENTRY, "出入境", "《中华人民共和国护照法》", "工本费120元",
					List.of("近期彩色免冠照片（可在受理窗口现场拍摄）"), "first renew reissue replace change report-loss"),
			person("hk-macao-permit", "往来港澳通行证", "港澳通行证", EXIT_ENTRY, "出入境",
					"《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》", "电子往来港澳通行证60元；签注每次15元",
					List.of("近期彩色免冠照片（可在受理窗口现场拍摄）"), "first renew reissue replace report-loss"),
			person("taiwan-permit", "往来台湾通行证", "台湾通行证", EXIT_ENTRY, "出入境", "《中国公民往来台湾地区管理办法》",
					"电子往来台湾通行证60元；签注每次15元", List.of("近期彩色免冠照片（可在受理窗口现场拍摄）"),
					"first renew reissue replace report-loss"),
			person("social-security-card", "社会保障卡", "社保卡", HUMAN_RESOURCES, "社会保障", "《中华人民共和国社会保险法》",
					"首次申领不收费；补卡、换卡工本费20元", List.of("近期免冠证件照片（可在受理窗口现场拍摄）"),
					"first renew reissue replace change report-loss cancel verify"),
			person("disability-card", "残疾人证", "残疾证", DISABLED, "民政与救助", "《中华人民共和国残疾人保障法》", "不收费",
					List.of("指定医疗机构出具的残疾评定材料", "近期2寸免冠照片2张"), "first renew reissue replace change cancel"),
			person("senior-card", "老年人优待证", "老年证", CIVIL_AFFAIRS, "民政与救助", "《中华人民共和国老年人权益保障法》", "不收费",
					List.of("近期1寸免冠照片1张"), "first reissue replace change cancel"),
			person("marriage-certificate", "结婚证", "结婚证", CIVIL_AFFAIRS, "婚姻与生育", "《婚姻登记条例》", "工本费9元",
					List.of("当事人双方户口簿原件", "近期2寸双人合影照片3张"), "reissue verify"),
			person("divorce-certificate", "离婚证", "离婚证", CIVIL_AFFAIRS, "婚姻与生育", "《婚姻登记条例》", "工本费9元",
					List.of("当事人户口簿原件", "近期2寸单人照片2张"), "reissue verify"),
			person("birth-certificate", "出生医学证明", "出生证", HEALTH, "婚姻与生育", "《中华人民共和国母婴保健法》", "不收费",
					List.of("新生儿父母双方居民身份证原件", "助产机构出具的分娩记录"), "first reissue replace change"),
			person("one-child-certificate", "独生子女父母光荣证", "独生子女证", HEALTH, "婚姻与生育", "《临江市人口与计划生育条例》",
					"不收费", List.of("夫妻双方户口簿和结婚证"), "first reissue"),
			person("teacher-certificate", "教师资格证书", "教师资格证", EDUCATION, "教育", "《教师资格条例》", "不收费",
					List.of("普通话水平测试等级证书", "教师资格体检合格证明", "学历证书"), "first reissue replace change"),
			person("tour-guide-card", "导游证", "导游证", CULTURE, "文化旅游", "《导游管理办法》", "不收费",
					List.of("导游资格证书", "与旅行社订立的劳动合同或在旅游行业组织注册的证明"), "first renew reissue change cancel"),
			person("transport-worker-certificate", "道路运输从业人员从业资格证", "从业资格证", TRANSPORT, "交通出行",
					"《道路运输从业人员管理规定》", "不收费", List.of("机动车驾驶证", "近3年内无重大以上交通责任事故的记录证明"),
					"first renew reissue change cancel"),
			person("equipment-operator-certificate", "特种设备安全管理和作业人员证", "特种作业证", MARKET, "安全生产",
					"《中华人民共和国特种设备安全法》", "不收费", List.of("考试合格证明", "学历证明"), "first renew reissue"),
			person("physician-licence", "医师执业证书", "医师执业证", HEALTH, "医疗卫生", "《中华人民共和国医师法》", "不收费",
					List.of("医师资格证书", "拟执业医疗机构的聘用证明", "6个月内的健康体检证明"), "first change reissue cancel"),
			person("nurse-licence", "护士执业证书", "护士证", HEALTH, "医疗卫生", "《护士条例》", "不收费",
					List.of("护士执业资格考试成绩合格证明", "拟执业机构的聘用证明"), "first renew change reissue cancel"),
			person("health-certificate", "从业人员健康证明", "健康证", HEALTH, "医疗卫生", "《中华人民共和国食品安全法》",
					"体检费按价格主管部门核定的标准收取", List.of("近期1寸免冠照片1张"), "first renew reissue"),
			person("property-certificate", "不动产权证书", "房产证", REAL_ESTATE, "不动产登记", "《不动产登记暂行条例》",
					"证书工本费每本10元", List.of("不动产权证书原件（换证时）"), "reissue replace change verify"),
			person("lease-record", "房屋租赁登记备案证明", "租赁备案", HOUSING, "住房保障", "《商品房屋租赁管理办法》", "不收费",
					List.of("房屋租赁合同", "出租人的房屋产权证明"), "first change cancel verify"),
			person("lawyer-licence", "律师执业证", "律师证", JUSTICE, "公共法律服务", "《中华人民共和国律师法》", "不收费",
					List.of("法律职业资格证书", "律师协会出具的实习考核合格材料", "拟执业律师事务所出具的同意接收证明"),
					"first change reissue cancel"),
			person("veteran-card", "退役军人优待证", "优待证", VETERANS, "退役军人服务", "《中华人民共和国退役军人保障法》", "不收费",
					List.of("退出现役证明", "近期免冠证件照片"), "first reissue replace change"),
			person("disabled-veteran-card", "残疾军人证", "残疾军人证", VETERANS, "退役军人服务", "《伤残抚恤管理办法》", "不收费",
					List.of("伤残性质认定材料", "近期2寸免冠照片2张"), "first reissue replace change"),
			person("foreigner-work-permit", "外国人工作许可证", "工作许可证", SCIENCE, "人才与就业", "《外国人在中国就业管理规定》", "不收费",
					List.of("聘用单位出具的聘用合同", "最高学位证书", "无犯罪记录证明", "体检证明"), "first renew reissue change cancel"),
			person("crew-certificate", "船员适任证书", "船员证", TRANSPORT, "交通出行", "《中华人民共和国船员条例》", "不收费",
					List.of("船员服务簿", "适任考试合格证明", "船员健康证明"), "first renew reissue"),
			person("vocational-certificate", "职业资格证书", "职业资格证", HUMAN_RESOURCES, "人才与就业", "《中华人民共和国劳动法》",
					"不收费", List.of("考试或鉴定合格证明"), "reissue replace change verify"),
			person("dog-licence", "养犬登记证", "狗证", POLICE, "城市管理", "《临江市养犬管理条例》", "登记费每只100元；年检不收费",
					List.of("犬只狂犬病免疫证明", "犬只近期正面照片", "养犬人住所证明"), "first renew reissue change cancel"),

			licence("food-business", "食品经营许可证", "食品许可证", MARKET, "企业开办与经营",
					"《中华人民共和国食品安全法》《食品经营许可和备案管理办法》",
					List.of("食品安全管理制度文本", "主要设备设施布局和操作流程说明", "食品安全管理人员名单"), "apply renew change reissue cancel"),
			licence("food-production", "食品生产许可证", "食品生产许可", MARKET, "企业开办与经营", "《食品生产许可管理办法》",
					List.of("食品生产工艺流程图", "生产场所和设备布局图", "食品安全专业技术人员名单"), "apply renew change reissue cancel"),
			licence("drug-retail", "药品经营许可证", "药店许可证", MARKET, "企业开办与经营", "《中华人民共和国药品管理法》",
					List.of("执业药师注册证", "经营场所及仓库平面布局图", "质量管理文件目录"), "apply renew change reissue cancel"),
			licence("device-business", "医疗器械经营许可证", "医疗器械许可证", MARKET, "企业开办与经营", "《医疗器械监督管理条例》",
					List.of("质量管理人员的身份证明和学历证明", "经营场所和贮存条件说明"), "apply renew change reissue cancel"),
			licence("medical-ad", "医疗广告审查证明", "医疗广告批文", MARKET, "企业开办与经营", "《医疗广告管理办法》",
					List.of("医疗机构执业许可证副本", "医疗广告成品样件"), "apply change reissue cancel"),
			licence("clinic", "医疗机构执业许可证", "诊所执业许可证", HEALTH, "医疗卫生", "《医疗机构管理条例》",
					List.of("医疗机构建筑设计平面图", "医务人员执业证书", "医疗机构规章制度"), "apply renew change reissue cancel"),
			licence("public-hygiene", "公共场所卫生许可证", "卫生许可证", HEALTH, "医疗卫生", "《公共场所卫生管理条例》",
					List.of("卫生检测或评价报告", "从业人员健康证明"), "apply renew change reissue cancel"),
			licence("radiation-clinic", "放射诊疗许可证", "放射许可证", HEALTH, "医疗卫生", "《放射诊疗管理规定》",
					List.of("放射诊疗设备清单", "放射防护评价报告", "放射工作人员培训证明"), "apply renew change reissue cancel"),
			licence("maternal-care", "母婴保健技术服务执业许可证", "母婴保健许可证", HEALTH, "医疗卫生", "《中华人民共和国母婴保健法》",
					List.of("母婴保健技术服务人员资质证明", "设备设施清单"), "apply renew change reissue cancel"),
			licence("road-transport", "道路运输经营许可证", "道路运输证", TRANSPORT, "交通出行", "《中华人民共和国道路运输条例》",
					List.of("车辆行驶证及技术等级评定证明", "驾驶人员从业资格证", "安全生产管理制度文本"), "apply renew change reissue cancel"),
			licence("construction-permit", "建筑工程施工许可证", "施工许可证", HOUSING, "工程建设", "《中华人民共和国建筑法》",
					List.of("建设工程规划许可证", "施工图设计文件审查合格书", "中标通知书或直接发包批准文件"), "apply change reissue cancel"),
			licence("construction-qualification", "建筑业企业资质证书", "建筑资质", HOUSING, "工程建设", "《建筑业企业资质管理规定》",
					List.of("企业注册人员和技术负责人证明", "企业业绩证明材料"), "apply renew change reissue cancel"),
			licence("gas-business", "燃气经营许可证", "燃气许可证", HOUSING, "城市管理", "《城镇燃气管理条例》",
					List.of("燃气气源证明", "燃气设施建设工程竣工验收文件", "安全管理制度文本"), "apply renew change reissue cancel"),
			licence("planning-permit", "建设工程规划许可证", "规划许可证", PLANNING, "工程建设", "《中华人民共和国城乡规划法》",
					List.of("建设工程设计方案", "土地权属证明"), "apply change reissue cancel"),
			licence("land-planning", "建设用地规划许可证", "用地规划许可证", PLANNING, "工程建设", "《中华人民共和国城乡规划法》",
					List.of("建设项目批准、核准或备案文件", "用地红线图"), "apply change reissue cancel"),
			licence("pollutant-permit", "排污许可证", "排污证", ECOLOGY, "生态环境", "《排污许可管理条例》",
					List.of("排污许可证申请表", "污染防治设施说明", "自行监测方案"), "apply renew change reissue cancel"),
			licence("hazardous-waste", "危险废物经营许可证", "危废许可证", ECOLOGY, "生态环境", "《危险废物经营许可证管理办法》",
					List.of("危险废物处置设施说明", "环境影响评价批复文件", "事故应急预案"), "apply renew change reissue cancel"),
			licence("water-permit", "取水许可证", "取水证", WATER, "水务", "《取水许可和水资源费征收管理条例》",
					List.of("取水工程建设方案", "建设项目水资源论证报告"), "apply renew change reissue cancel"),
			licence("drainage-permit", "城镇污水排入排水管网许可证", "排水许可证", WATER, "水务", "《城镇排水与污水处理条例》",
					List.of("排水户内部排水管网平面图", "水质检测报告"), "apply renew change reissue cancel"),
			licence("tobacco-retail", "烟草专卖零售许可证", "烟草证", TOBACCO, "企业开办与经营", "《中华人民共和国烟草专卖法》",
					List.of("经营场所产权证明或租赁合同"), "apply renew change reissue cancel"),
			licence("publication-business", "出版物经营许可证", "出版物许可证", CULTURE, "文化旅游", "《出版管理条例》",
					List.of("经营场所平面图", "从业人员名单"), "apply renew change reissue cancel"),
			licence("internet-culture", "网络文化经营许可证", "网文证", CULTURE, "文化旅游", "《互联网文化管理暂行规定》",
					List.of("网站域名登记证明", "业务发展报告"), "apply renew change reissue cancel"),
			licence("entertainment-venue", "娱乐场所经营许可证", "娱乐许可证", CULTURE, "文化旅游", "《娱乐场所管理条例》",
					List.of("经营场所平面示意图", "消防安全检查合格证明"), "apply renew change reissue cancel"),
			licence("performance", "营业性演出许可证", "演出许可证", CULTURE, "文化旅游", "《营业性演出管理条例》",
					List.of("演出经纪人员资格证书", "演出节目内容说明"), "apply renew change reissue cancel"),
			licence("travel-agency", "旅行社业务经营许可证", "旅行社许可证", CULTURE, "文化旅游", "《旅行社条例》",
					List.of("经营场所证明", "营业设施说明"), "apply change reissue cancel"),
			licence("cinema", "电影放映经营许可证", "电影放映许可证", CULTURE, "文化旅游", "《中华人民共和国电影产业促进法》",
					List.of("放映设备清单", "消防安全检查合格证明"), "apply renew change reissue cancel"),
			licence("printing", "印刷经营许可证", "印刷许可证", CULTURE, "文化旅游", "《印刷业管理条例》",
					List.of("印刷设备清单", "生产经营场所证明"), "apply renew change reissue cancel"),
			licence("hazchem-business", "危险化学品经营许可证", "危化品经营许可证", EMERGENCY, "安全生产", "《危险化学品安全管理条例》",
					List.of("安全评价报告", "主要负责人和安全管理人员的安全培训合格证明", "事故应急预案"), "apply renew change reissue cancel"),
			licence("equipment-registration", "特种设备使用登记证", "特种设备登记证", MARKET, "安全生产", "《中华人民共和国特种设备安全法》",
					List.of("特种设备产品合格证", "监督检验证明"), "apply change reissue cancel"),
			licence("hr-service", "人力资源服务许可证", "人力资源许可证", HUMAN_RESOURCES, "人才与就业", "《人力资源市场暂行条例》",
					List.of("专职工作人员的学历证明", "服务场所证明"), "apply change reissue cancel"),
			licence("labour-dispatch", "劳务派遣经营许可证", "劳务派遣许可证", HUMAN_RESOURCES, "人才与就业", "《劳务派遣行政许可实施办法》",
					List.of("验资报告或注册资本实缴证明", "劳务派遣管理制度文本"), "apply renew change reissue cancel"),
			licence("private-school", "民办学校办学许可证", "办学许可证", EDUCATION, "教育", "《中华人民共和国民办教育促进法》",
					List.of("学校章程", "校长和教师的资格证明", "办学场所证明"), "apply renew change reissue cancel"),
			licence("outdoor-ad", "户外广告设施设置许可证", "户外广告许可", URBAN, "城市管理", "《临江市户外广告设施设置管理办法》",
					List.of("广告设施设计效果图", "设置地点产权人同意证明", "结构安全检测报告"), "apply renew change reissue cancel"),
			licence("waste-disposal", "城市建筑垃圾处置核准证", "建筑垃圾处置证", URBAN, "城市管理", "《城市建筑垃圾管理规定》",
					List.of("建筑垃圾处置方案", "运输车辆清单"), "apply change reissue cancel"),
			licence("road-excavation", "城市道路占用挖掘许可证", "挖路许可", URBAN, "城市管理", "《城市道路管理条例》",
					List.of("施工方案和交通组织方案", "占用挖掘路段平面图"), "apply change cancel"),
			licence("fishing-permit", "渔业捕捞许可证", "捕捞证", AGRICULTURE, "农业农村", "《中华人民共和国渔业法》",
					List.of("渔业船舶检验证书", "渔业船舶登记证书"), "apply renew change reissue cancel"),
			licence("veterinary-drug", "兽药经营许可证", "兽药许可证", AGRICULTURE, "农业农村", "《兽药管理条例》",
					List.of("兽药质量管理制度", "经营场所和仓库平面图"), "apply renew change reissue cancel"),
			licence("seed-business", "农作物种子生产经营许可证", "种子许可证", AGRICULTURE, "农业农村", "《中华人民共和国种子法》",
					List.of("种子检验人员资质证明", "仓储设施说明"), "apply renew change reissue cancel"),
			licence("animal-epidemic", "动物防疫条件合格证", "防疫合格证", AGRICULTURE, "农业农村", "《中华人民共和国动物防疫法》",
					List.of("场所地理位置图和平面布局图", "动物防疫制度文本"), "apply change reissue cancel"),
			licence("logging-permit", "林木采伐许可证", "采伐证", PLANNING, "农业农村", "《中华人民共和国森林法》",
					List.of("林木权属证明", "采伐作业设计"), "apply change cancel"),

			benefit("minimum-living", "最低生活保障", "低保", CIVIL_AFFAIRS, "民政与救助", "《社会救助暂行办法》",
					List.of("家庭成员的身份证件和户口簿", "家庭收入和财产状况申报表"), "apply change stop query"),
			benefit("low-income-family", "低收入家庭认定", "低收入认定", CIVIL_AFFAIRS, "民政与救助", "《社会救助暂行办法》",
					List.of("家庭成员的身份证件和户口簿", "家庭收入和财产状况申报表"), "apply change stop query"),
			benefit("destitute-support", "特困人员救助供养", "特困供养", CIVIL_AFFAIRS, "民政与救助", "《社会救助暂行办法》",
					List.of("残疾人证或劳动能力评估材料（如有）"), "apply change stop query"),
			benefit("temporary-assistance", "临时救助", "临时救助", CIVIL_AFFAIRS, "民政与救助", "《社会救助暂行办法》",
					List.of("遭遇突发事件、意外伤害或重大疾病的证明材料"), "apply query"),
			benefit("medical-assistance", "医疗救助", "医疗救助", MEDICAL_INSURANCE, "医疗保障", "《社会救助暂行办法》",
					List.of("医疗费用票据和费用清单", "出院小结或诊断证明"), "apply query"),
			benefit("disability-living-allowance", "困难残疾人生活补贴", "残疾人生活补贴", CIVIL_AFFAIRS, "民政与救助",
					"《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", List.of("第二代残疾人证"),
					"apply change stop query"),
			benefit("disability-care-allowance", "重度残疾人护理补贴", "护理补贴", CIVIL_AFFAIRS, "民政与救助",
					"《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》", List.of("第二代残疾人证（一级或二级）"),
					"apply change stop query"),
			benefit("elderly-allowance", "高龄津贴", "高龄津贴", CIVIL_AFFAIRS, "民政与救助", "《临江市高龄老人津贴发放办法》",
					List.of(), "apply change stop query certify"),
			benefit("elderly-service-subsidy", "经济困难老年人服务补贴", "老年人服务补贴", CIVIL_AFFAIRS, "民政与救助",
					"《中华人民共和国老年人权益保障法》", List.of("老年人能力评估结果"), "apply change stop query"),
			benefit("child-assistance", "困境儿童基本生活保障", "困境儿童补贴", CIVIL_AFFAIRS, "民政与救助", "《国务院关于加强困境儿童保障工作的意见》",
					List.of("监护人身份证件", "儿童困境情形的证明材料"), "apply change stop query"),
			benefit("orphan-allowance", "孤儿基本生活费", "孤儿生活费", CIVIL_AFFAIRS, "民政与救助", "《国务院办公厅关于加强孤儿保障工作的意见》",
					List.of("父母死亡证明或宣告失踪、宣告死亡的判决书", "监护人身份证件"), "apply change stop query"),
			benefit("funeral-subsidy", "基本殡葬服务补贴", "丧葬补贴", CIVIL_AFFAIRS, "民政与救助", "《殡葬管理条例》",
					List.of("火化证明", "死者户口注销证明"), "apply query"),
			benefit("unemployment-benefit", "失业保险金", "失业金", HUMAN_RESOURCES, "社会保障", "《失业保险条例》",
					List.of("与单位解除或终止劳动关系的证明"), "apply stop query"),
			benefit("resident-pension", "城乡居民基本养老保险待遇", "城乡居民养老金", HUMAN_RESOURCES, "社会保障",
					"《国务院关于建立统一的城乡居民基本养老保险制度的意见》", List.of(), "apply change stop query certify"),
			benefit("employee-pension", "企业职工基本养老保险待遇", "退休金", HUMAN_RESOURCES, "社会保障", "《中华人民共和国社会保险法》",
					List.of("本人档案或缴费年限证明"), "apply change stop query certify"),
			benefit("work-injury-benefit", "工伤保险待遇", "工伤待遇", HUMAN_RESOURCES, "社会保障", "《工伤保险条例》",
					List.of("工伤认定决定书", "劳动能力鉴定结论书"), "apply change query certify"),
			benefit("flexible-insurance-subsidy", "灵活就业人员社会保险补贴", "灵活就业社保补贴", HUMAN_RESOURCES, "人才与就业",
					"《中华人民共和国就业促进法》", List.of("就业困难人员认定证明"), "apply change stop query"),
			benefit("training-subsidy", "职业培训补贴", "培训补贴", HUMAN_RESOURCES, "人才与就业", "《中华人民共和国就业促进法》",
					List.of("职业资格证书或职业技能等级证书", "培训费发票"), "apply query"),
			benefit("startup-subsidy", "一次性创业补贴", "创业补贴", HUMAN_RESOURCES, "人才与就业", "《中华人民共和国就业促进法》",
					List.of("营业执照", "创业场所租赁合同"), "apply query"),
			benefit("talent-housing", "人才安居补贴", "人才补贴", HUMAN_RESOURCES, "人才与就业", "《临江市人才安居办法》",
					List.of("学历学位证书", "劳动合同"), "apply change query"),
			benefit("maternity-allowance", "生育津贴", "生育津贴", MEDICAL_INSURANCE, "医疗保障", "《中华人民共和国社会保险法》",
					List.of("出生医学证明", "生育医疗费用票据"), "apply query"),
			benefit("public-rental", "公共租赁住房保障", "公租房", HOUSING, "住房保障", "《公共租赁住房管理办法》",
					List.of("家庭住房状况证明", "家庭收入证明"), "apply change stop query"),
			benefit("rent-subsidy", "住房租赁补贴", "租房补贴", HOUSING, "住房保障", "《公共租赁住房管理办法》",
					List.of("房屋租赁合同", "家庭收入证明"), "apply change stop query"),
			benefit("veteran-pension", "退役军人定期抚恤补助", "抚恤补助", VETERANS, "退役军人服务", "《军人抚恤优待条例》",
					List.of("退出现役证明"), "apply change stop query certify"),
			benefit("family-planning-reward", "计划生育家庭奖励扶助金", "奖励扶助金", HEALTH, "婚姻与生育", "《临江市人口与计划生育条例》",
					List.of("独生子女父母光荣证"), "apply change stop query"),
			benefit("childcare-subsidy", "育儿补贴", "育儿补贴", HEALTH, "婚姻与生育", "《育儿补贴制度实施方案》",
					List.of("婴幼儿出生医学证明", "婴幼儿户口簿"), "apply change query"),
			benefit("student-aid", "家庭经济困难学生资助", "助学金", EDUCATION, "教育", "《学生资助资金管理办法》",
					List.of("学生证或在读证明", "家庭经济困难情况说明"), "apply query"));

	private static Subject person(String code, String name, String shortName, Department department, String category,
			String legalBasis, String fee, List<String> materials, String matters) {
		return new Subject(code, name, shortName, Family.PERSON_CERTIFICATE, department, category, PERSONS, legalBasis, fee,
				materials, codes(matters));
	}

	private static Subject licence(String code, String name, String shortName, Department department, String category,
			String legalBasis, List<String> materials, String matters) {
		List<String> audience = category.equals("企业开办与经营") ? BUSINESSES : ORGANISATIONS;
		return new Subject(code, name, shortName, Family.BUSINESS_LICENCE, department, category, audience, legalBasis,
				"不收费", materials, codes(matters));
	}

	private static Subject benefit(String code, String name, String shortName, Department department, String category,
			String legalBasis, List<String> materials, String matters) {
		return new Subject(code, name, shortName, Family.BENEFIT, department, category, PERSONS, legalBasis, "不收费",
				materials, codes(matters));
	}

	private static List<String> codes(String matters) {
		return Arrays.asList(matters.split(" "));
	}

}

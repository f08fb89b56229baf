package org.govassist.kb.eval;

import java.time.LocalDate;
import java.util.List;

import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;

/** Small guides for tests. */
final class TestGuides {

	private TestGuides() {
	}

	static Guide guide(String id, String title, String summary, List<String> aliases, List<Faq> faqs) {
		return new Guide(id, title, aliases, "临江市公安局", "户籍与身份证件", List.of("个人"), summary, null,
				List.of("居民户口簿原件"), List.of("窗口受理", "领取证件"), "7个工作日", "20元", "市政务服务中心", "工作日", "0999-12345678",
				null, null, faqs, LocalDate.of(2026, 3, 1));
	}

	static List<Guide> identityGuides() {
		return List.of(
				guide("id-card-reissue", "居民身份证补领", "居民身份证丢失或被盗的，申请补领。", List.of("身份证丢了补办"),
						List.of(new Faq("身份证丢了要登报吗？", "不需要。"))),
				guide("passport-application", "普通护照申请", "出国旅游、探亲申请普通护照。", List.of("办护照"),
						List.of(new Faq("护照多久能拿到？", "7个工作日。"))),
				guide("marriage-registration", "内地居民结婚登记", "男女双方自愿结婚的，到婚姻登记机关登记。", List.of("领结婚证"),
						List.of()));
	}

}

package org.govassist.kb.retrieval;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the terms that name a document or card a citizen holds (身份证, 行驶证, 残疾人证,
 * 社保卡, 户口簿, 营业执照, 护照 …) by their form: a word of three or more characters ending in
 * 证, 证书, 卡, 本, 簿 or 执照, or ending in 护照. Words of that form that name an action or an
 * amount rather than a document (换证, 实名认证, 学历公证, 注册资本) are not documents.
 *
 * <p>A service guide is about particular documents; a question about another one (how to replace a
 * lost 行驶证, asked of the guide for a lost 驾驶证) is next to the guide's matter, not in it.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentNames {

	private static final Pattern DOCUMENT = Pattern.compile(".{2,}(?:证|证书|卡|簿|执照)|.*护照|.{2,}本");

	private static final Pattern NOT_DOCUMENT = Pattern.compile(
			".*(?:认证|公证|验证|换证|补证|领证|办证|考证|资本|成本|基本|版本|课本|样本|副本|正本|剧本|日本|原本|笔记本)|[的个张这那].*");

	private DocumentNames() {
	}

	/** Whether a canonical term names a document or card. */
	static boolean isDocument(String term) {
		return DOCUMENT.matcher(term).matches() && !NOT_DOCUMENT.matcher(term).matches();
	}

	/** The terms among the given ones that name a document or card. */
	static Set<String> in(Collection<String> terms) {
		return terms.stream().filter(DocumentNames::isDocument).collect(Collectors.toUnmodifiableSet());
	}

}

package org.govassist.kb.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetTest {

	@Test
	void readsQuestionsWithOneSeveralOrNoGoldGuides() throws QuestionSetException {
		QuestionSet set = QuestionSet.parse("dev", "dev.tsv", List.of(
				"question\tgold",
				"身份证丢了咋补办\tid-card-reissue",
				"户口本丢了 身份证也丢了\tid-card-reissue, household-register-reissue",
				"楼上装修太吵了找谁\t"));

		assertThat(set.name()).isEqualTo("dev");
		assertThat(set.questions()).containsExactly(
				new LabelledQuestion(2, "身份证丢了咋补办", List.of("id-card-reissue")),
				new LabelledQuestion(3, "户口本丢了 身份证也丢了", List.of("id-card-reissue", "household-register-reissue")),
				new LabelledQuestion(4, "楼上装修太吵了找谁", List.of()));
		assertThat(set.questions().get(2).inScope()).isFalse();
		assertThat(set.inScopeCount()).isEqualTo(2);
	}

	@Test
	void blankLinesAreSkippedButLineNumbersStayThoseOfTheFile() throws QuestionSetException {
		QuestionSet set = QuestionSet.parse("dev", "dev.tsv", List.of("question\tguide_id", "", "护照过期了\tpassport-renewal", ""));

		assertThat(set.questions()).singleElement().extracting(LabelledQuestion::line).isEqualTo(3);
	}

	@Test
	void everyBadLineIsReportedWithItsLineNumber() {
		List<String> lines = List.of(
				"question\tgold",
				"身份证丢了咋补办\tid-card-reissue",
				"没有制表符的一行",
				"\tid-card-reissue",
				"两个\t制表符\t的行",
				"大写的标识\tID-Card",
				"空的标识\tid-card,,passport");

		assertThatExceptionOfType(QuestionSetException.class)
				.isThrownBy(() -> QuestionSet.parse("dev", "dev.tsv", lines))
				.satisfies(ex -> assertThat(ex.problems()).containsExactly(
						"line 3: expected question<TAB>gold ids, found 1 column",
						"line 4: the question is empty",
						"line 5: expected question<TAB>gold ids, found 3 columns",
						"line 6: 'ID-Card' is not a guide id",
						"line 7: '' is not a guide id"))
				.withMessageStartingWith("dev.tsv: line 3:");
	}

	@Test
	void aFileWithoutTheHeaderIsRejected() {
		assertThatExceptionOfType(QuestionSetException.class)
				.isThrownBy(() -> QuestionSet.parse("dev", "dev.tsv", List.of("身份证丢了咋补办\tid-card-reissue")))
				.satisfies(ex -> assertThat(ex.problems()).containsExactly("line 1: expected the header question<TAB>gold"));
	}

	@Test
	void aFileWithoutQuestionsIsRejected() {
		assertThatExceptionOfType(QuestionSetException.class)
				.isThrownBy(() -> QuestionSet.parse("dev", "dev.tsv", List.of("question\tgold", "")))
				.satisfies(ex -> assertThat(ex.problems()).containsExactly("no questions"));
	}

	@Test
	void goldIdsThatNameNoGuideAreReportedWithTheirLines() throws QuestionSetException {
		QuestionSet set = QuestionSet.parse("dev", "dev.tsv", List.of(
				"question\tgold",
				"身份证丢了咋补办\tid-card-reissue",
				"护照过期了\tpassport-renewal,passport-renew"));

		assertThatExceptionOfType(QuestionSetException.class)
				.isThrownBy(() -> set.requireGuides(Set.of("id-card-reissue", "passport-renewal")))
				.satisfies(ex -> assertThat(ex.problems()).containsExactly("line 3: no guide has the id 'passport-renew'"));
	}

	@Test
	void readsAUtf8FileNamedAfterItsFileName(@TempDir Path dir) throws IOException, QuestionSetException {
		Path file = dir.resolve("questions-dev.tsv");
		Files.writeString(file, "\uFEFFquestion\tgold\r\n公积金怎么提取\thousing-fund-withdrawal\r\n", StandardCharsets.UTF_8);

		QuestionSet set = QuestionSet.read(file);

		assertThat(set.name()).isEqualTo("questions-dev");
		assertThat(set.source()).isEqualTo(file.toString());
		assertThat(set.questions()).containsExactly(new LabelledQuestion(2, "公积金怎么提取", List.of("housing-fund-withdrawal")));
	}

	@Test
	void aFileThatIsNotUtf8IsRejected(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("gbk.tsv");
		Files.write(file, "question\tgold\n身份证\tid-card\n".getBytes(java.nio.charset.Charset.forName("GBK")));

		assertThatExceptionOfType(QuestionSetException.class).isThrownBy(() -> QuestionSet.read(file))
				.withMessage(file + ": not UTF-8 text");
	}

}

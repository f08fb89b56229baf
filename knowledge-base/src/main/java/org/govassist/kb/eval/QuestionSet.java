package org.govassist.kb.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A labelled question file: a header line, then one {@code question<TAB>gold ids} line per
 * question, the gold ids comma-separated and empty for a question no guide answers. Blank lines
 * are ignored.
 *
 * @param name what reports call the set: the file name without its extension
 * @param source where the set was read from, for messages
 * @param questions the questions in file order
 */
record QuestionSet(String name, String source, List<LabelledQuestion> questions) {

	private static final Pattern GUIDE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

	QuestionSet {
		questions = List.copyOf(questions);
	}

	/**
	 * Reads a question file.
	 *
	 * @param file a UTF-8 TSV file
	 * @return its questions
	 * @throws IOException if the file cannot be read
	 * @throws QuestionSetException if the file is not UTF-8 text; listing every malformed line
	 */
	static QuestionSet read(Path file) throws IOException, QuestionSetException {
		String fileName = file.getFileName().toString();
		int dot = fileName.lastIndexOf('.');
		String name = dot > 0 ? fileName.substring(0, dot) : fileName;
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			throw new QuestionSetException(file.toString(), List.of("not UTF-8 text"));
		}
		return parse(name, file.toString(), lines);
	}

	/**
	 * Parses the lines of a question file.
	 *
	 * @param name the set's name
	 * @param source where the lines come from, for messages
	 * @param lines the file's lines, header first
	 * @return the questions
	 * @throws QuestionSetException listing every malformed line
	 */
	static QuestionSet parse(String name, String source, List<String> lines) throws QuestionSetException {
		List<String> problems = new ArrayList<>();
		List<LabelledQuestion> questions = new ArrayList<>();
		if (lines.isEmpty() || !lines.getFirst().replace("\uFEFF", "").startsWith("question\t")) {
			problems.add("line 1: expected the header question<TAB>gold");
		}
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!line.isBlank()) {
				parseLine(i + 1, line, questions, problems);
			}
		}
		if (questions.isEmpty() && problems.isEmpty()) {
			problems.add("no questions");
		}
		if (!problems.isEmpty()) {
			throw new QuestionSetException(source, problems);
		}
		return new QuestionSet(name, source, questions);
	}

	private static void parseLine(int number, String line, List<LabelledQuestion> questions, List<String> problems) {
		String[] columns = line.split("\t", -1);
		if (columns.length != 2) {
			problems.add("line " + number + ": expected question<TAB>gold ids, found " + columns.length + " column"
					+ (columns.length == 1 ? "" : "s"));
			return;
		}
		String question = columns[0].strip();
		String gold = columns[1].strip();
		int before = problems.size();
		if (question.isEmpty()) {
			problems.add("line " + number + ": the question is empty");
		}
		List<String> goldIds = new ArrayList<>();
		if (!gold.isEmpty()) {
			for (String id : gold.split(",", -1)) {
				String goldId = id.strip();
				if (GUIDE_ID.matcher(goldId).matches()) {
					goldIds.add(goldId);
				}
				else {
					problems.add("line " + number + ": '" + goldId + "' is not a guide id");
				}
			}
		}
		if (problems.size() == before) {
			questions.add(new LabelledQuestion(number, question, goldIds));
		}
	}

	/** How many questions some guide answers. */
	long inScopeCount() {
		return questions.stream().filter(LabelledQuestion::inScope).count();
	}

	/**
	 * Checks that every gold id names a guide of the knowledge base, so that a renamed guide
	 * cannot silently turn right answers into wrong ones.
	 *
	 * @param guideIds the ids of the knowledge base's guides
	 * @throws QuestionSetException naming each line with an unknown id
	 */
	void requireGuides(Set<String> guideIds) throws QuestionSetException {
		List<String> problems = new ArrayList<>();
		for (LabelledQuestion question : questions) {
			for (String id : question.goldIds()) {
				if (!guideIds.contains(id)) {
					problems.add("line " + question.line() + ": no guide has the id '" + id + "'");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new QuestionSetException(source, problems);
		}
	}

}

package org.govassist.server.editor;

import java.util.ArrayList;
import java.util.List;

import org.govassist.kb.guide.Faq;
import org.govassist.kb.guide.Guide;
import org.govassist.kb.guide.GuideReader;
import org.govassist.kb.guide.GuideWriter;
import org.govassist.kb.guide.ValidatedGuide;
import org.govassist.server.api.InvalidRequestException;
import org.govassist.server.audit.AuditLog;
import org.govassist.server.audit.AuditOutcome;
import org.govassist.server.knowledge.GuideJson;
import org.govassist.server.knowledge.GuideStore;
import org.govassist.server.knowledge.GuideStore.GuideRow;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an editor does with a group of the gap inbox: dismiss it, or add its question to a guide
 * as an alias or a FAQ, which publishes a new version of the guide. Either takes the group's
 * open questions out of the inbox; the same question asked again later opens the group anew.
 *
 * <p>Thread-safe.
 */
@Service
final class GapActions {

	static final String DISMISS = "gap.dismiss";

	static final String ASSIGN = "gap.assign";

	private final GapStore gaps;

	private final GuideStore guides;

	private final GuideJson json;

	private final GuideEditor editor;

	private final ChangeRunner runner;

	private final AuditLog audit;

	private final JsonMapper mapper;

	GapActions(GapStore gaps, GuideStore guides, GuideJson json, GuideEditor editor, ChangeRunner runner,
			AuditLog audit, JsonMapper mapper) {
		this.gaps = gaps;
		this.guides = guides;
		this.json = json;
		this.editor = editor;
		this.runner = runner;
		this.audit = audit;
		this.mapper = mapper;
	}

	/**
	 * @param groupId the group
	 * @param by who dismisses it
	 * @throws ErrorResponseException 404 when the group has no open question
	 */
	void dismiss(String groupId, Editor by) {
		runner.run(changes -> {
			int closed = gaps.close(groupId, GapStore.DISMISSED, null);
			if (closed == 0) {
				throw noSuchGroup(groupId);
			}
			audit.record(by.audit(DISMISS, groupId, AuditOutcome.SUCCESS, closed + " questions"));
			return null;
		});
	}

	/**
	 * @param groupId the group
	 * @param assignment the guide and how to add the question
	 * @param by who assigns it, the new version's author
	 * @return what the guide's save did
	 * @throws InvalidRequestException when the assignment is incomplete, or the guide would be
	 * invalid with the question (e.g. too long)
	 * @throws ErrorResponseException 404 when the group has no open question or the guide is not
	 * published
	 */
	SaveOutcome assign(String groupId, GapAssignment assignment, Editor by) {
		assignment.check();
		return runner.run(changes -> {
			List<String> texts = gaps.lockOpenTexts(groupId);
			if (texts.isEmpty()) {
				throw noSuchGroup(groupId);
			}
			GuideRow row = guides.row(assignment.guideId())
				.filter(known -> !known.withdrawn())
				.orElseThrow(() -> GuideEditor.notFound(assignment.guideId()));
			String question = assignment.question() != null ? assignment.question().strip() : texts.getFirst();
			Guide changed = GapAssignment.ALIAS.equals(assignment.as()) ? withAlias(json.read(row.content()), question)
					: withFaq(json.read(row.content()), new Faq(question, assignment.answer().strip()));
			SaveOutcome outcome = editor.publish(valid(changed), null, by, GuideEditor.SAVE,
					"gap group " + groupId + " as " + assignment.as(), changes);
			gaps.close(groupId, GapStore.ASSIGNED, row.id());
			audit.record(by.audit(ASSIGN, groupId, AuditOutcome.SUCCESS,
					"to " + row.id() + " as " + assignment.as() + ", " + texts.size() + " questions"));
			return outcome;
		});
	}

	/** The guide, provided it passes the reader's validation, e.g. an alias within its length. */
	private Guide valid(Guide guide) {
		ValidatedGuide validated = GuideReader.validate("request", -1, mapper.readTree(GuideWriter.toJson(guide)));
		if (!validated.isValid()) {
			throw new InvalidRequestException(GuideProblems.fields(validated.problems()));
		}
		return validated.guide();
	}

	private static Guide withAlias(Guide guide, String alias) {
		if (alias.equals(guide.title()) || guide.aliases().contains(alias)) {
			return guide;
		}
		List<String> aliases = new ArrayList<>(guide.aliases());
		aliases.add(alias);
		return new Guide(guide.id(), guide.title(), aliases, guide.department(), guide.category(), guide.audience(),
				guide.summary(), guide.conditions(), guide.materials(), guide.process(), guide.timeLimit(), guide.fee(),
				guide.location(), guide.hours(), guide.phone(), guide.legalBasis(), guide.onlineUrl(), guide.faqs(),
				guide.updatedAt());
	}

	private static Guide withFaq(Guide guide, Faq faq) {
		List<Faq> faqs = new ArrayList<>(guide.faqs());
		faqs.add(faq);
		return new Guide(guide.id(), guide.title(), guide.aliases(), guide.department(), guide.category(),
				guide.audience(), guide.summary(), guide.conditions(), guide.materials(), guide.process(),
				guide.timeLimit(), guide.fee(), guide.location(), guide.hours(), guide.phone(), guide.legalBasis(),
				guide.onlineUrl(), faqs, guide.updatedAt());
	}

	private static ErrorResponseException noSuchGroup(String groupId) {
		return GuideEditor.problem(HttpStatus.NOT_FOUND, "待处理问题中没有这一组：" + groupId);
	}

}

package org.govassist.server.handoff;

import java.util.List;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.guide.Guide;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agent/guides/{id}}: a published guide as an answer card shows it, for agents
 * (role AGENT or ADMIN) to read beside a conversation; 404 when no published guide has the id.
 *
 * <p>Thread-safe.
 */
@RestController
final class AgentGuideController {

	private final ConsultationEngine engine;

	AgentGuideController(ConsultationEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/api/agent/guides/{id}")
	GuideCard guide(@PathVariable String id) {
		Guide guide = engine.guide(id)
			.orElseThrow(() -> TicketController.problem(HttpStatus.NOT_FOUND, "没有已发布的办事指南 " + id + "。"));
		return new GuideCard(guide.id(), guide.title(),
				guide.sections().stream().map(section -> new SectionCard(section.name(), section.text())).toList(),
				guide.onlineUrl(), guide.updatedAt() == null ? null : guide.updatedAt().toString());
	}

	/**
	 * A guide as an answer card shows it.
	 *
	 * @param id the guide's id
	 * @param title its title
	 * @param sections its non-empty sections in reading order
	 * @param url its online channel, or {@code null}
	 * @param updatedAt the date of its last revision (yyyy-MM-dd), or {@code null}
	 */
	record GuideCard(String id, String title, List<SectionCard> sections, String url, String updatedAt) {
	}

	/**
	 * One section of a guide.
	 *
	 * @param name its heading, e.g. 申请材料
	 * @param text its content
	 */
	record SectionCard(String name, String text) {
	}

}

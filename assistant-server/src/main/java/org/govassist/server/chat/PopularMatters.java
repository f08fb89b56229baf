package org.govassist.server.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.govassist.kb.ConsultationEngine;
import org.govassist.kb.GuideRef;
import org.govassist.kb.guide.Guide;
import org.springframework.stereotype.Component;

/**
 * The matters citizens ask about most, offered in the greeting: the published guides answered
 * most often in the last {@value #DAYS_COUNTED} days, filled up, while there is little history, with
 * a fixed list of everyday matters of the demo knowledge base that are published.
 *
 * <p>Counted again at most every {@link #REFRESH}: the greeting must not cost every {@code hello}
 * a query over the whole record. Thread-safe.
 */
@Component
final class PopularMatters {

	/** How many matters the greeting offers. */
	static final int COUNT = 6;

	private static final int DAYS_COUNTED = 30;

	private static final Duration REFRESH = Duration.ofMinutes(5);

	/** Everyday matters, most asked first: what a new service shows before it has any history. */
	private static final List<String> EVERYDAY = List.of("id-card-loss-reissue", "id-card-renewal",
			"passport-first-application", "hpf-withdrawal-rent", "social-security-card-loss-replacement",
			"birth-registration");

	private final ConversationStore store;

	private final ConsultationEngine engine;

	private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

	PopularMatters(ConversationStore store, ConsultationEngine engine) {
		this.store = store;
		this.engine = engine;
	}

	/** The matters to offer, most asked first; empty only when none of them is published. */
	List<GuideRef> current() {
		Snapshot current = snapshot;
		if (current.counted().plus(REFRESH).isBefore(Instant.now())) {
			return refresh();
		}
		return current.matters();
	}

	/** Counts the matters again now. */
	List<GuideRef> refresh() {
		OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(DAYS_COUNTED);
		Map<String, GuideRef> matters = new LinkedHashMap<>();
		Stream.concat(store.mostAnsweredGuides(since, COUNT * 2).stream(), EVERYDAY.stream())
			.map(engine::guide)
			.flatMap(Optional::stream)
			.forEach(guide -> matters.putIfAbsent(guide.id(), reference(guide)));
		List<GuideRef> counted = matters.values().stream().limit(COUNT).toList();
		snapshot = new Snapshot(counted, Instant.now());
		return counted;
	}

	private static GuideRef reference(Guide guide) {
		return new GuideRef(guide.id(), guide.title());
	}

	private record Snapshot(List<GuideRef> matters, Instant counted) {
	}

}

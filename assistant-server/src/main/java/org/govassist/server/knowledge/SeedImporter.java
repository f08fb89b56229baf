package org.govassist.server.knowledge;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.govassist.kb.guide.Guide;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a {@link Seed} into the guide tables, in one transaction: new guides are created,
 * changed ones get a new version, identical ones (same fingerprint) are left alone, and guides
 * of an earlier seed that this seed no longer has are withdrawn. Guides an editor has changed
 * are the editors' and left alone. Importing the same seed twice therefore changes nothing.
 *
 * <p>Nodes of a cluster starting at the same moment import at the same moment: the database's
 * unique keys and row locks let one import commit, the others fail on its rows and compare again
 * with what it stored, finding nothing left to do.
 *
 * <p>Thread-safe.
 */
@Component
final class SeedImporter {

	/** How often an import meeting another node's at the same moment is tried. */
	private static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	/** The author of the versions this import writes. */
	static final String AUTHOR = "seed";

	private final GuideStore store;

	private final GuideJson json;

	private final TransactionTemplate transaction;

	SeedImporter(GuideStore store, GuideJson json, TransactionTemplate transaction) {
		this.store = store;
		this.json = json;
		this.transaction = transaction;
	}

	/**
	 * @param seed the guides to import
	 * @return what changed
	 */
	ImportResult importSeed(Seed seed) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.execute(status -> apply(seed));
			}
			catch (DuplicateKeyException | ConcurrencyFailureException ex) {
				// Another node imported at the same moment and committed first; its rows are
				// visible now, so another pass finds the seed (almost) all in place.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				log.info("Another node imported the seed at the same moment; comparing again with what it stored");
			}
		}
	}

	private ImportResult apply(Seed seed) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Map<String, GuideStore.StoredGuide> stored = store.all();
		Set<String> seeded = new HashSet<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Guide guide : seed.guides()) {
			seeded.add(guide.id());
			GuideStore.StoredGuide known = stored.get(guide.id());
			String fingerprint = json.fingerprint(guide);
			if (known == null) {
				store.create(guide.id(), json.write(guide), fingerprint, GuideOrigin.SEED, AUTHOR, now);
				created++;
			}
			else if (known.origin() == GuideOrigin.EDITOR) {
				unchanged++;
			}
			else if (!known.fingerprint().equals(fingerprint)) {
				store.publishVersion(known, json.write(guide), fingerprint, GuideOrigin.SEED, AUTHOR, now);
				updated++;
			}
			else if (known.withdrawn()) {
				store.setWithdrawn(guide.id(), false, now);
				updated++;
			}
			else {
				unchanged++;
			}
		}
		int withdrawn = 0;
		for (GuideStore.StoredGuide known : stored.values()) {
			if (known.origin() == GuideOrigin.SEED && !known.withdrawn() && !seeded.contains(known.id())) {
				store.setWithdrawn(known.id(), true, now);
				withdrawn++;
			}
		}
		return new ImportResult(created, updated, unchanged, withdrawn);
	}

}

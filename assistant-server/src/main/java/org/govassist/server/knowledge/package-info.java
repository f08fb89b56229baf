/**
 * The knowledge base as the server keeps it: guides and all their versions in the database,
 * the seed import at start-up, and the {@link org.govassist.kb.ConsultationEngine} built from
 * the published guides.
 */
package org.govassist.server.knowledge;

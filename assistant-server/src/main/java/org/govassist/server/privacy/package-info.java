/**
 * Privacy: personal data masked out of citizens' texts before anything is stored, logged or
 * sent, and the removal of old conversations after the retention period.
 */
package org.govassist.server.privacy;

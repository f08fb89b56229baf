/**
 * The assistant's settings, bound from Spring Boot properties and checked at start-up, and this
 * node's identity.
 */
package org.govassist.server.system;

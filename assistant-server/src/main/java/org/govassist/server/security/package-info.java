/**
 * Who may reach what over HTTP: bearer tokens for {@code /api}, open static pages and citizen
 * socket, refusals (401, 403) as problems and in the audit log, and the security headers of every
 * response (a strict Content-Security-Policy that lets only the allowed origins frame the chat).
 */
package org.govassist.server.security;

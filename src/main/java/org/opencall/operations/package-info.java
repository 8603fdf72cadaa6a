/**
 * What the people who run Opencall watch: the health of a node (its database, its mail
 * server, the engine's job executor) for probes and admins, the figures a metrics scraper
 * reads (intake, open tasks per phase, the mail backlog, failed jobs and incidents), and
 * the description of the JSON API for its users.
 */
package org.opencall.operations;

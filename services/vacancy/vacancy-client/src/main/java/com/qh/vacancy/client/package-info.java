/**
 * The client side of the vacancy service for the services that read skills: the skills taxonomy and graph in use
 * ({@link com.qh.skills.SkillsInUse}, a bean) follow the vacancy service's taxonomy releases, asked for at start over
 * gRPC and applied from each {@code skills.released.v1}. Auto-configured ({@link
 * com.qh.vacancy.client.SkillReleasesAutoConfiguration}) in every service that depends on this module.
 */
package com.qh.vacancy.client;

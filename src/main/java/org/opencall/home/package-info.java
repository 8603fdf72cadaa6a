/**
 * The page each person lands on after login: what waits for them, gathered from every
 * module's {@link org.opencall.home.HomeSection} and from their open tasks in Tasklist,
 * saying plainly when there is nothing to do and why.
 */
package org.opencall.home;

/**
 * Users, roles and programmes; login and single sign-on into the Camunda webapps and the
 * engine REST API; the engine authorizations and Tasklist filters of each role.
 */
package org.opencall.identity;

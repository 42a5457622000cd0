package io.parcours.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that change settings every other test relies on (scoring, journey rules, content
 * mappings): the application restarts for them on a freshly cleaned schema, and again, cleaned, for
 * the tests after them.
 */
public class CleanSchema implements QuarkusTestProfile {}

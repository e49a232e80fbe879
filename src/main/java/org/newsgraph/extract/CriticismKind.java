package org.newsgraph.extract;

/** Verb classes of criticism, after CAMEO's 11x and 12x codes. */
public enum CriticismKind { CRITICIZE, ACCUSE, REJECT, DENOUNCE, DEMAND }

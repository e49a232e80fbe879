package org.newsgraph.extract;

/** What kind of actor a name stands for; the names are those of the facts export. */
public enum ActorType {
    PERSON, ORGANIZATION, PLACE,
    /** An unnamed collective that acts, such as "Labour MPs" or "human rights groups". */
    GROUP,
    /** A plan, proposal, offer or demand that can be discussed and criticized. */
    PROPOSAL
}

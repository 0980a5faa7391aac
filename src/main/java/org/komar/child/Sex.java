package org.komar.child;

@org.komar.shared.Labelled("sex.")
public enum Sex {
    M, F
}

package org.komar.child;

public enum Sex {
    M, F
}

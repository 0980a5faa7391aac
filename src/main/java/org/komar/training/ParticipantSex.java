package org.komar.training;

@org.komar.shared.Labelled("training.sex.")
public enum ParticipantSex {
    F,
    M
}

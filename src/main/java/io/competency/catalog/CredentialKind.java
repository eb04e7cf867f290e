package io.competency.catalog;

public enum CredentialKind { EXAM, CERTIFICATION, ASSESSMENT }

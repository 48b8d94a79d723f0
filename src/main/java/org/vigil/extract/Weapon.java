package org.vigil.extract;

/** A weapon used, with its type and the words. */
public record Weapon(WeaponType type, String text) {}

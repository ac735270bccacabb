package dev.covenant.samples; public class CovenantCommand { public static void main(String[] a) {} }

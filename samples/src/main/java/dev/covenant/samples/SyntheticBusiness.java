package dev.covenant.samples;

import java.util.List;
import java.util.SplittableRandom;

/** A made-up company that sells or buys in synthetic invoices: identity, address and bank account. */
record SyntheticBusiness(
    String identifier,
    SyntheticCountry country,
    String name,
    String legalForm,
    String city,
    String postalCode,
    String iban,
    String bic) {

  private static final List<String> FIRST = List.of("Atelier", "Maison", "Nord", "Groupe", "Alpine", "Delta", "Orion",
      "Vallée", "Helios", "Marine", "Cobalt", "Ferro", "Lumen", "Sable", "Terra", "Quartz");
  private static final List<String> SECOND = List.of("Logistique", "Textiles", "Bois", "Conseil", "Imprimerie",
      "Distribution", "Froid", "Services", "Matériaux", "Emballages", "Énergie", "Transports", "Outillage", "Vins");

  static SyntheticBusiness draw(SplittableRandom random) {
    SyntheticCountry country = SyntheticCountry.draw(random);
    return of(country.identifier(random), country, random);
  }

  /** A business with a given identifier, for the buyers the sample policies name. */
  static SyntheticBusiness of(String identifier, SyntheticCountry country, SplittableRandom random) {
    String legalForm = country.legalForms.get(random.nextInt(country.legalForms.size()));
    String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
    String[] city = country.city(random).split("\\|");
    String bic = "CVNT" + country.alpha2 + "P" + (char) ('A' + random.nextInt(26));
    return new SyntheticBusiness(identifier, country, name, legalForm, city[0], city[1], country.iban(random), bic);
  }

  String displayName() {
    return name + " " + legalForm;
  }
}

package org.claimdesk.matching;

import java.util.List;

/**
 * A small archive with known repeats and paraphrases, in English and German: earlier articles whose claims get
 * final verdicts, and new articles whose claims should find them (or, for the last ones, nothing). Written
 * for this test; each archive article also holds a near miss on the same topic.
 */
final class MatchFixture {

    private MatchFixture() {
    }

    /** A new claim and the earlier claim it repeats or paraphrases (null: it has no counterpart). */
    record Query(String text, String counterpart) {
    }

    static final List<List<String>> ARCHIVE = List.of(
            List.of("The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years.",
                    "Unemployment in the northern region rose to 6 percent in March.",
                    "Wages grew faster than inflation for the first time since 2021.",
                    "Crime in the capital has doubled since the mayor took office.",
                    "The new bridge will cost taxpayers more than 800 million euros."),
            List.of("Vaccinated people are twelve times less likely to be admitted to hospital.",
                    "Global sea levels have risen by about 20 centimetres since 1900.",
                    "The country imports nearly half of its natural gas from a single supplier.",
                    "Electric cars produce more emissions over their lifetime than petrol cars.",
                    "Smoking rates among teenagers have halved over the past decade."),
            List.of("The minister claimed that immigration reached a record high last year.",
                    "Only one in five households can afford to buy a home in the region.",
                    "The government has built 300 new schools since the election.",
                    "Farmers received subsidies worth 4 billion pounds in 2023.",
                    "The average rent rose by 9 percent in the past twelve months."),
            List.of("Die Arbeitslosenquote ist im September auf 5,2 Prozent gesunken.",
                    "Die Arbeitslosenquote in Bayern ist im März auf 3 Prozent gestiegen.",
                    "Die Regierung hat seit der Wahl 400 neue Kindergärten gebaut.",
                    "Die Mieten in Berlin sind im vergangenen Jahr um zwölf Prozent gestiegen.",
                    "Jeder dritte Schüler verlässt die Schule ohne Abschluss."),
            List.of("Die Stromkosten für Haushalte haben sich seit 2020 verdoppelt.",
                    "Deutschland importiert mehr als die Hälfte seines Erdgases aus Norwegen.",
                    "Die Zahl der Einbrüche ist in Bayern deutlich zurückgegangen.",
                    "Die Bahn war im letzten Jahr nur zu 64 Prozent pünktlich."));

    static final List<Query> ENGLISH = List.of(
            new Query("The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years.",
                    "The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years."),
            new Query("Unemployment has fallen to 3.5 percent in September, its lowest level in fifty years.",
                    "The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years."),
            new Query("Wages are growing faster than inflation for the first time since 2021.",
                    "Wages grew faster than inflation for the first time since 2021."),
            new Query("Crime in the capital doubled after the mayor took office.",
                    "Crime in the capital has doubled since the mayor took office."),
            new Query("The bridge is going to cost taxpayers over 800 million euros.",
                    "The new bridge will cost taxpayers more than 800 million euros."),
            new Query("People who are vaccinated are twelve times less likely to end up in hospital.",
                    "Vaccinated people are twelve times less likely to be admitted to hospital."),
            new Query("Sea levels around the globe have risen about 20 centimetres since 1900.",
                    "Global sea levels have risen by about 20 centimetres since 1900."),
            new Query("Over its lifetime an electric car produces more emissions than a petrol car.",
                    "Electric cars produce more emissions over their lifetime than petrol cars."),
            new Query("Smoking among teenagers halved in the past decade.",
                    "Smoking rates among teenagers have halved over the past decade."),
            new Query("Immigration reached a record high last year, the minister claimed.",
                    "The minister claimed that immigration reached a record high last year."),
            new Query("The average rent has risen 9 percent over the past twelve months.",
                    "The average rent rose by 9 percent in the past twelve months."),
            new Query("Farmers received 4 billion pounds in subsidies in 2023.",
                    "Farmers received subsidies worth 4 billion pounds in 2023."),
            new Query("The museum will open a new wing for modern sculpture in the spring.", null),
            new Query("Our correspondent spoke to three fishermen on the harbour wall.", null));

    static final List<Query> GERMAN = List.of(
            new Query("Die Arbeitslosenquote sank im September auf 5,2 Prozent.",
                    "Die Arbeitslosenquote ist im September auf 5,2 Prozent gesunken."),
            new Query("Seit der Wahl hat die Regierung 400 neue Kindergärten gebaut.",
                    "Die Regierung hat seit der Wahl 400 neue Kindergärten gebaut."),
            new Query("In Berlin stiegen die Mieten im vergangenen Jahr um zwölf Prozent.",
                    "Die Mieten in Berlin sind im vergangenen Jahr um zwölf Prozent gestiegen."),
            new Query("Jeder dritte Schüler verlässt die Schulen ohne einen Abschluss.",
                    "Jeder dritte Schüler verlässt die Schule ohne Abschluss."),
            new Query("Die Stromkosten der Haushalte haben sich seit 2020 verdoppelt.",
                    "Die Stromkosten für Haushalte haben sich seit 2020 verdoppelt."),
            new Query("Deutschland bezieht mehr als die Hälfte seines Erdgases aus Norwegen.",
                    "Deutschland importiert mehr als die Hälfte seines Erdgases aus Norwegen."),
            new Query("Die Bahn war letztes Jahr nur zu 64 Prozent pünktlich.",
                    "Die Bahn war im letzten Jahr nur zu 64 Prozent pünktlich."),
            new Query("Das Museum eröffnet im Frühling einen neuen Flügel für Skulpturen.", null));
}

namespace Chorus.Bench;

/// <summary>
/// Sentence pairs written for this bench (no data-set text): paraphrases (the same fact in other words), related
/// pairs (the same subject, a different fact), and, built from them, unrelated pairs (sentences of different pairs).
/// </summary>
internal static class SemanticPairs
{
    public static readonly (string A, string B)[] Paraphrases =
    [
        ("The central bank raised interest rates by half a point on Tuesday.", "On Tuesday the central bank lifted borrowing costs by 0.5 percentage points."),
        ("More than 1,000 soldiers fled across the border into the neighbouring country.", "Over a thousand troops escaped into the country next door."),
        ("The dam's spillway gate jammed during the storm, flooding the town.", "Floodwater swamped the town after a stuck gate on the dam failed to open in the storm."),
        ("The prime minister resigned after losing a vote of confidence.", "Having lost a confidence vote, the premier stepped down."),
        ("At least seven people were killed when the bus plunged into a ravine.", "A bus fell into a gorge, leaving no fewer than seven dead."),
        ("The company said its quarterly profit doubled on strong phone sales.", "Brisk sales of handsets helped the firm's profit for the quarter rise twofold, it said."),
        ("Rescuers pulled two miners alive from the collapsed shaft.", "Two miners trapped in the caved-in shaft were brought out alive by rescue teams."),
        ("The court sentenced the former mayor to six years in prison for bribery.", "A judge jailed the ex-mayor for six years over taking bribes."),
        ("Heavy snow closed the main highway through the mountains for two days.", "The mountain motorway was shut for 48 hours by heavy snowfall."),
        ("The government announced it would guarantee the safety of all politicians.", "Officials pledged that every politician's security would be assured by the state."),
        ("The hurricane made landfall near the port city early on Sunday.", "Early Sunday the storm came ashore close to the harbour town."),
        ("Opposition leaders refused to attend the talks.", "The leaders of the opposition declined to take part in the negotiations."),
        ("Police arrested three men suspected of robbing the jewellery store.", "Three suspects were detained over the raid on the jeweller's shop."),
        ("The vaccine cut hospital admissions by about 80 percent in the trial.", "In the study, the shot reduced hospitalisations by roughly four fifths."),
        ("Thousands marched through the capital to protest against the new tax.", "Protesters in their thousands took to the streets of the capital over the tax."),
        ("The airline cancelled all flights because of the pilots' strike.", "A walkout by pilots forced the carrier to ground every flight."),
        ("The president will visit the flooded region on Friday.", "On Friday the head of state is due to tour the area hit by floods."),
        ("Scientists found a new species of frog in the rainforest.", "A previously unknown frog was discovered by researchers in the jungle."),
        ("The two countries agreed to reopen their embassies.", "Both nations decided to restore their diplomatic missions."),
        ("The factory fire forced the evacuation of nearby homes.", "Residents living near the plant had to leave their houses as the blaze spread."),
        ("Unemployment fell to its lowest level in a decade last month.", "Last month joblessness dropped to a ten-year low."),
        ("The striker scored twice as the home side won 3-1.", "Two goals from the forward helped the hosts to a 3-1 victory."),
        ("The ceasefire collapsed hours after it took effect.", "Only a few hours after starting, the truce broke down."),
        ("Investigators are still searching for the plane's flight recorders.", "The aircraft's black boxes have not yet been recovered by investigators."),
        ("The minister denied any wrongdoing.", "The minister said he had done nothing wrong."),
        ("Oil prices jumped after the pipeline was attacked.", "An attack on the pipeline sent the price of crude sharply higher."),
        ("The earthquake measured 6.4 and struck shortly before dawn.", "A magnitude 6.4 quake hit just before sunrise."),
        ("The rebels seized control of the provincial capital.", "Insurgents captured the main city of the province."),
        ("The school was closed after an outbreak of measles.", "A measles outbreak led to the closure of the school."),
        ("Voters rejected the proposal in a referendum on Sunday.", "In Sunday's referendum the electorate turned the plan down."),
        ("The bridge will be closed for repairs until the end of the year.", "Repair work will keep the bridge shut through December."),
        ("The hostages were freed unharmed after a week in captivity.", "After seven days held captive, the hostages were released without injury."),
        ("The company plans to cut 2,000 jobs over the next year.", "Some 2,000 positions will be eliminated by the firm within twelve months."),
        ("Forest fires have burned more than 50,000 hectares this summer.", "This summer, wildfires have destroyed over 50,000 hectares of woodland."),
        ("The talks ended without agreement on the border dispute.", "No deal was reached on the disputed frontier when the negotiations broke up."),
        ("The singer cancelled the rest of her tour because of illness.", "Illness has forced the singer to call off her remaining concerts."),
        ("The army said it had killed dozens of militants in air strikes.", "Dozens of fighters died in bombing raids, according to the military."),
        ("Prices rose 3.2 percent in the year to March.", "Annual inflation was 3.2 percent in March."),
        ("The ship ran aground off the coast, spilling oil.", "Oil leaked from the vessel after it struck the seabed near the shore."),
        ("The parliament passed the budget by a narrow margin.", "Lawmakers narrowly approved the spending plan."),
    ];

    /// <summary>Same subject, a different fact: what separates two stories on one topic.</summary>
    public static readonly (string A, string B)[] Related =
    [
        ("The central bank raised interest rates by half a point on Tuesday.", "The central bank kept interest rates unchanged at its last meeting."),
        ("At least seven people were killed when the bus plunged into a ravine.", "A new road through the ravine was opened to buses last year."),
        ("The prime minister resigned after losing a vote of confidence.", "The prime minister won a vote of confidence with a large majority."),
        ("Police arrested three men suspected of robbing the jewellery store.", "The jewellery store reopened a week after the robbery."),
        ("The hurricane made landfall near the port city early on Sunday.", "Forecasters say the hurricane season will be quieter than usual."),
        ("The airline cancelled all flights because of the pilots' strike.", "The airline ordered twenty new planes to expand its fleet."),
        ("The earthquake measured 6.4 and struck shortly before dawn.", "Engineers are testing new designs for earthquake-proof schools."),
        ("The rebels seized control of the provincial capital.", "The rebels and the government signed a peace deal in the capital."),
        ("The striker scored twice as the home side won 3-1.", "The striker was sold to a rival club for a record fee."),
        ("Oil prices jumped after the pipeline was attacked.", "The pipeline will carry gas to three countries when it opens."),
        ("The vaccine cut hospital admissions by about 80 percent in the trial.", "The vaccine maker was fined for misleading advertising."),
        ("The talks ended without agreement on the border dispute.", "Troops were sent to the disputed border after a shooting."),
        ("Voters rejected the proposal in a referendum on Sunday.", "Turnout in the local elections was the lowest on record."),
        ("The company plans to cut 2,000 jobs over the next year.", "The company appointed a new chief executive from a rival."),
        ("The ship ran aground off the coast, spilling oil.", "The coast guard held an exercise to practise cleaning up oil spills."),
        ("The hostages were freed unharmed after a week in captivity.", "The kidnappers demanded a ransom for the hostages."),
        ("Forest fires have burned more than 50,000 hectares this summer.", "Firefighters have asked for better pay and more equipment."),
        ("The ceasefire collapsed hours after it took effect.", "Both sides agreed to a ceasefire starting at midnight."),
        ("The parliament passed the budget by a narrow margin.", "The finance minister will present the budget next week."),
        ("Unemployment fell to its lowest level in a decade last month.", "Youth unemployment has doubled since the recession."),
    ];
}

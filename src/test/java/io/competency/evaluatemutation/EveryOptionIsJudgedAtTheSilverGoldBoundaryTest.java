package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.PartnerInput.DEVELOPING;
import static io.competency.evaluatemutation.PartnerInput.customer;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One realistic partner per option of the bundled catalog (all 25), evaluated over HTTP by the real
 * server on PostgreSQL, each built to sit at the silver/gold boundary: exactly meeting silver and one
 * short of gold, exactly meeting gold, or one short of silver. Every row's comment works the verdict
 * out by hand from the en-US page (quoting its thresholds) and from DESIGN.md's evaluation semantics:
 * windows are the closed interval [asOf − N months, asOf]; revenue metrics sum the lines of their type
 * (net new: {@code NET_NEW}; gross license revenue: {@code NET_NEW} + {@code RENEWAL}; consumption:
 * {@code CONSUMPTION}) in whole dollars rounded down; skill roles are a maximum assignment of distinct
 * people. Partners are in the developed markets as of 2017-07-07 unless the row says otherwise.
 */
class EveryOptionIsJudgedAtTheSilverGoldBoundaryTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  private static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation {
            asOf
            competency { slug }
            option { slug }
            market { code }
            achievedTier { slug }
            nextTier { slug }
            tiers {
              tier { slug }
              met
              requirements {
                __typename met required actual shortfall
                explanation { text }
                ... on PerformanceResult {
                  metrics { metric met required actual shortfall unit actualAmount }
                  excludedDeployments { customerId workload activeUsers reason }
                  excludedRevenue { customerId workload date amountUsd type reason }
                  missingAuthorizations { code }
                }
                ... on SkillResult {
                  qualifiedIndividuals { id path role }
                  roles { role met required actual }
                }
              }
            }
            notices { code credential { code } }
          }
          userErrors { code message field }
        }
      }
      """;

  private static final String SILVER = "tiers.0.requirements.";
  private static final String GOLD = "tiers.1.requirements.";

  // Workloads, associations and authorizations, as the bundled catalog codes them.
  private static final String PLAN_1 = "DYNAMICS_365_PLAN_1";
  private static final String PLAN_2 = "DYNAMICS_365_PLAN_2";
  private static final String OPERATIONS = "DYNAMICS_365_OPERATIONS";
  private static final String AX_ON_PREMISE = "DYNAMICS_AX_ON_PREMISE";
  private static final String CRM_ONLINE = "CRM_ONLINE";
  private static final String NAV = "DYNAMICS_NAV";
  private static final String GP = "DYNAMICS_GP";
  private static final String AZURE = "AZURE";
  private static final String INTUNE = "INTUNE";
  private static final String AIP = "AZURE_INFORMATION_PROTECTION";
  private static final String AADP = "AZURE_AD_PREMIUM";
  private static final String POWER_BI = "POWER_BI";
  private static final String SURFACE_HUB = "SURFACE_HUB";
  private static final String EXCHANGE = "EXCHANGE_ONLINE";
  private static final String SHAREPOINT = "SHAREPOINT_ONLINE";
  private static final String YAMMER = "YAMMER";
  private static final String PROPLUS = "PROPLUS";
  private static final String DYNAMICS_DPOR = "DYNAMICS_DIGITAL_PARTNER_OF_RECORD";
  private static final String AZURE_DPOR = "AZURE_DIGITAL_PARTNER_OF_RECORD";
  private static final String AZURE_TPOR = "AZURE_TRANSACTING_PARTNER_OF_RECORD";
  private static final String EMS_DELEGATED_ADMIN = "EMS_DELEGATED_ADMIN";
  private static final String EMS_TRANSACTING = "EMS_TRANSACTING_PARTNER";
  private static final String EMS_FAST_TRACK = "EMS_FAST_TRACK_PARTNER";
  private static final String EMS_DPOR = "EMS_DIGITAL_PARTNER_OF_RECORD";
  private static final String POWER_BI_POR = "POWER_BI_PARTNER_OF_RECORD";
  private static final String DELEGATED_ADMIN = "DELEGATED_ADMIN";
  private static final String TRANSACTING_PARTNER = "TRANSACTING_PARTNER";
  private static final String DIGITAL_PARTNER_OF_RECORD = "DIGITAL_PARTNER_OF_RECORD";
  private static final String FAST_TRACK_PARTNER = "FAST_TRACK_PARTNER";
  private static final String SURFACE_HUB_ADR = "SURFACE_HUB_ADR";

  static Stream<Arguments> partners() {
    return Stream.of(
        // Application Development, Application Builder. Silver: "2 individuals pass one of the following
        // exams" (any focus area: Web App Dev, Universal Windows Platform, Azure App Dev). Gold: "4 individuals
        // pass the required certification" (MCSD: App Builder). Ana (70-480, Web App Dev, path 0) and Ben
        // (70-354, UWP, path 1) make silver's 2; three MCSD holders are 3 of gold's 4: silver, gold next.
        // 70-354 is "*Retiring September 30, 2017"; on 2017-07-07 that is 85 days away (within 90), and Ben
        // counts with it: a CREDENTIAL_RETIRING notice.
        argumentSet("Application Builder: two exams from two focus areas meet silver; three MCSD holders are one short of gold",
            PartnerInput.forOption("application-development", "application-builder")
                .individual("ana", "70-480")
                .individual("ben", "70-354")
                .individuals(3, "mcsd", "MCSD-APP-BUILDER"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.required", 2), is(SILVER + "0.actual", 2),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ana", "path", 0, "role", 0),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ben", "path", 1, "role", 0),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1),
                holds("notices", "code", "CREDENTIAL_RETIRING", "credential", new JsonObject().put("code", "70-354")))),

        // Application Integration, Application Integrator. Silver: "2 individuals pass both exams and
        // assessments". Gold: "4 individuals must pass any one of the following exams" AND "4 individuals must
        // pass the following assessment. This may be completed by the same 4 individuals who passed the exam
        // above." Four people, one exam each (Windows Server, SQL Server, C#, Azure) and each the BizTalk
        // assessment, fill both gold roles (4 of 4 each; the page lets the same people do both): gold.
        argumentSet("Application Integrator: the same four people fill both gold roles, which the page allows",
            PartnerInput.forOption("application-integration", "application-integrator")
                .individual("ana", "70-412", "TA-BIZTALK")
                .individual("ben", "70-764", "TA-BIZTALK")
                .individual("carl", "70-483", "TA-BIZTALK")
                .individual("dina", "70-532", "TA-BIZTALK"),
            "gold", null, List.of(
                is(SILVER + "0.met", true),
                is(GOLD + "0.met", true),
                holds(GOLD + "0.roles", "role", 0, "required", 4, "actual", 4, "met", true),
                holds(GOLD + "0.roles", "role", 1, "required", 4, "actual", 4, "met", true))),

        // Cloud Business Applications, Enterprise Customer Engagement. Silver, developed: "at least US$100,000
        // Revenue - Net New Revenue in the TTM period" from Dynamics 365 Enterprise Plan 1 / Plan 2, customers
        // with Digital Partner of Record; 5 people with MB2-715, MB2-716 and one of MB2-717, MB2-718. Gold:
        // US$300,000 and 15 people. TTM = [2016-07-07, 2017-07-07]: 60,000 on the window's first day + 40,000
        // on asOf = 100,000 (met exactly); 25,000 the day before the window is OUTSIDE_WINDOW, the renewal is
        // not net new, Fabrikam has no qualifying association. Gold: 100,000 of 300,000 (short 200,000), 5 of
        // 15 people: silver, gold next.
        argumentSet("Enterprise Customer Engagement: US$100,000 of net new revenue on the window's edges meets silver exactly",
            PartnerInput.forOption("cloud-business-applications", "enterprise-customer-engagement")
                .customer(customer("contoso", DYNAMICS_DPOR)
                    .netNew(PLAN_1, "2016-07-07", "60000.00")
                    .netNew(PLAN_2, "2017-07-07", "40000.00")
                    .netNew(PLAN_1, "2016-07-06", "25000.00")
                    .renewal(PLAN_2, "2017-03-01", "80000.00"))
                .customer(customer("fabrikam").netNew(PLAN_1, "2017-01-10", "30000.00"))
                .individual("ana", "MB2-715", "MB2-716", "MB2-717")
                .individual("ben", "MB2-715", "MB2-716", "MB2-718")
                .individuals(3, "consultant", "MB2-715", "MB2-716", "MB2-717"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.metrics.0.metric", "NET_NEW_REVENUE"), is(SILVER + "0.metrics.0.unit", "USD"),
                is(SILVER + "0.required", 100000), is(SILVER + "0.actual", 100000), is(SILVER + "0.shortfall", 0),
                amountIs(SILVER + "0.metrics.0.actualAmount", "100000"),
                holds(SILVER + "0.excludedRevenue", "customerId", "contoso", "date", "2016-07-06", "reason", "OUTSIDE_WINDOW"),
                holds(SILVER + "0.excludedRevenue", "customerId", "fabrikam", "reason", "NO_QUALIFYING_ASSOCIATION"),
                is(SILVER + "1.met", true), is(SILVER + "1.actual", 5),
                is(GOLD + "0.required", 300000), is(GOLD + "0.shortfall", 200000),
                is(GOLD + "1.required", 15), is(GOLD + "1.actual", 5), is(GOLD + "1.shortfall", 10))),

        // Cloud Business Applications, Enterprise Operations, developing markets. Silver: "at least US$50,000
        // Revenue from Dynamics 365 Enterprise Plan 2, Operations SKU, and AX 2012 On-Premise" (REVENUE = net
        // new + renewal, 12 months) and "a minimum of US$12,000 from Dynamics 365 Enterprise Plan 2 and
        // Operations SKU, Net New Revenue" (AX on-premise does not count there). Gold: US$150,000 and US$37,000.
        // Revenue: 12,000 (Operations, net new) + 20,000 (AX, net new) + 18,000 (AX, renewal) = 50,000, met;
        // net new over Plan 2 and Operations: 12,000, met exactly. 5 people with MB6-893, MB6-892, MB6-890
        // and 70-764. Gold: 50,000 of 150,000 (short 100,000), 12,000 of 37,000 (short 25,000): silver.
        argumentSet("Enterprise Operations: its two revenue metrics count different products; both meet silver exactly",
            PartnerInput.forOption("cloud-business-applications", "enterprise-operations").in(DEVELOPING)
                .customer(customer("contoso", DYNAMICS_DPOR)
                    .netNew(OPERATIONS, "2017-02-01", "12000")
                    .netNew(AX_ON_PREMISE, "2017-03-01", "20000")
                    .renewal(AX_ON_PREMISE, "2017-04-01", "18000"))
                .individuals(5, "consultant", "MB6-893", "MB6-892", "MB6-890", "70-764"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true),
                is(SILVER + "0.metrics.0.metric", "REVENUE"), is(SILVER + "0.metrics.0.required", 50000),
                is(SILVER + "0.metrics.0.actual", 50000), is(SILVER + "0.metrics.0.met", true),
                is(SILVER + "0.metrics.1.metric", "NET_NEW_REVENUE"), is(SILVER + "0.metrics.1.required", 12000),
                is(SILVER + "0.metrics.1.actual", 12000), is(SILVER + "0.metrics.1.met", true),
                is(SILVER + "1.met", true),
                is(GOLD + "0.metrics.0.required", 150000), is(GOLD + "0.metrics.0.shortfall", 100000),
                is(GOLD + "0.metrics.1.required", 37000), is(GOLD + "0.metrics.1.shortfall", 25000),
                is(GOLD + "1.required", 15), is(GOLD + "1.shortfall", 10))),

        // Cloud Customer Relationship Management, Cloud CRM Reseller. Silver: "at least US$100,000 in CRM Online
        // or Dynamics 365 Plan 1 Net New Revenue in the TTM period", Digital Partner of Record; "1 individual
        // must pass one of [MB2-714, MB2-713, MB2-709]" and "the same individual also … one of [MB2-710,
        // MB2-706]"; "the other individual … one of [MB2-712, MB2-707]". Gold: US$300,000; 2 + 2 people.
        // 120,000 − 19,999.50 (a credit) = 100,000.50: actual 100,000 (rounded down), met. Dynamics 365 Plan 2
        // is not an eligible product. Ana holds MB2-714, MB2-710 and MB2-712, Ben MB2-713 and MB2-706: Ben can
        // only fill the first role, so the maximum assignment puts Ana in the second: 2 of 2. Gold: 100,000 of
        // 300,000 (short 200,000); 2 of 4 people: silver, gold next.
        argumentSet("Cloud CRM Reseller: a credit leaves US$100,000.50, enough for silver; Ana moves to the other role so Ben can count",
            PartnerInput.forOption("cloud-customer-relationship-management", "cloud-crm-reseller")
                .customer(customer("contoso", DYNAMICS_DPOR)
                    .netNew(CRM_ONLINE, "2016-09-01", "120000.00")
                    .netNew(CRM_ONLINE, "2017-05-01", "-19999.50"))
                .customer(customer("fabrikam", DYNAMICS_DPOR).netNew(PLAN_2, "2017-01-10", "50000.00"))
                .individual("ana", "MB2-714", "MB2-710", "MB2-712")
                .individual("ben", "MB2-713", "MB2-706"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.required", 100000), is(SILVER + "0.actual", 100000),
                amountIs(SILVER + "0.metrics.0.actualAmount", "100000.50"),
                holds(SILVER + "0.excludedRevenue", "customerId", "fabrikam", "workload", PLAN_2, "reason", "INELIGIBLE_WORKLOAD"),
                is(SILVER + "1.met", true), is(SILVER + "1.required", 2), is(SILVER + "1.actual", 2),
                holds(SILVER + "1.qualifiedIndividuals", "id", "ben", "role", 0, "path", 0),
                holds(SILVER + "1.qualifiedIndividuals", "id", "ana", "role", 1, "path", 0),
                is(GOLD + "0.required", 300000), is(GOLD + "0.shortfall", 200000),
                is(GOLD + "1.required", 4), is(GOLD + "1.actual", 2), is(GOLD + "1.shortfall", 2))),

        // Cloud Platform, Azure Consumption, developing markets. Silver: "US$10,000 Azure customer consumption
        // within the previous 12 months" (Digital or Transacting Partner of Record); 1 individual with an
        // assessment or an exam. Gold: "US$100,000" in every market; 2 individuals. Consumption 6,000 +
        // 3,999.99 = 9,999.99: actual 9,999, one dollar (one cent, in fact) short of silver; the net new line is
        // not consumption. Two people qualify (one by an assessment, one by the Linux on Azure MCSA), so the
        // skill steps of both tiers are met; the partner has no tier and silver is next.
        argumentSet("Azure Consumption: US$9,999.99 of consumption is a cent short of silver's US$10,000 in developing markets",
            PartnerInput.forOption("cloud-platform", "azure-consumption").in(DEVELOPING)
                .customer(customer("contoso", AZURE_DPOR)
                    .consumption(AZURE, "2016-12-01", "6000.00")
                    .netNew(AZURE, "2017-01-01", "5000.00"))
                .customer(customer("fabrikam", AZURE_TPOR).consumption(AZURE, "2017-06-30", "3999.99"))
                .individual("ana", "TA-CLOUD-PLATFORM")
                .individual("ben", "MCSA-LINUX-ON-AZURE"),
            null, "silver", List.of(
                is(SILVER + "0.met", false), is(SILVER + "0.required", 10000), is(SILVER + "0.actual", 9999), is(SILVER + "0.shortfall", 1),
                amountIs(SILVER + "0.metrics.0.actualAmount", "9999.99"), is(SILVER + "0.metrics.0.metric", "CONSUMPTION"),
                is(SILVER + "1.met", true),
                is(GOLD + "0.required", 100000), is(GOLD + "0.shortfall", 90001),
                is(GOLD + "1.met", true), is(GOLD + "1.actual", 2))),

        // Cloud Productivity, Managed Service Partner. Gold: "Partners must have deployed 4,000 active
        // entitlements (active users)" on Office 365 workloads or ProPlus, "Trial SKUs are not included",
        // associations Delegated Administrator, Transacting Partner, Digital Partner of Record or Fast Track
        // Partner; "2 individuals must pass all the following exams [70-346, 70-347] OR … the following
        // certification [MCSA: Office 365]". 2,500 + 1,000 + 500 (Fast Track) = 4,000, the Yammer trial
        // excluded; Ana by the exams, Ben by the MCSA: gold exactly.
        argumentSet("Managed Service Partner: 4,000 paid entitlements and two qualified people reach gold exactly",
            PartnerInput.forOption("cloud-productivity", "managed-service-partner")
                .customer(customer("contoso", DELEGATED_ADMIN).deployment(EXCHANGE, 2500).deployment(SHAREPOINT, 1000).trial(YAMMER, 600))
                .customer(customer("fabrikam", FAST_TRACK_PARTNER).deployment(PROPLUS, 500))
                .individual("ana", "70-346", "70-347")
                .individual("ben", "MCSA-OFFICE-365"),
            "gold", null, List.of(
                is(GOLD + "0.met", true), is(GOLD + "0.required", 4000), is(GOLD + "0.actual", 4000),
                holds(GOLD + "0.excludedDeployments", "customerId", "contoso", "workload", YAMMER, "activeUsers", 600, "reason", "TRIAL"),
                is(GOLD + "1.met", true), is(GOLD + "1.actual", 2),
                holds(GOLD + "1.qualifiedIndividuals", "id", "ana", "path", 0),
                holds(GOLD + "1.qualifiedIndividuals", "id", "ben", "path", 1))),

        // Collaboration and Content, SharePoint Services Partner. Silver: "2 individuals pass either the exam
        // or certification requirements" (70-347 and 70-339, OR one of MCSE: Productivity, MCSD: App Builder).
        // Gold: 4. Ana (both exams), Ben (MCSE), Carl (MCSD) qualify; Dina has only 70-347. Silver met; gold 3
        // of 4, short 1: silver, gold next.
        argumentSet("SharePoint Services Partner: three qualified people meet silver and are one short of gold",
            PartnerInput.forOption("collaboration-and-content", "sharepoint-services-partner")
                .individual("ana", "70-347", "70-339")
                .individual("ben", "MCSE-PRODUCTIVITY")
                .individual("carl", "MCSD-APP-BUILDER")
                .individual("dina", "70-347"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1),
                holds(GOLD + "0.qualifiedIndividuals", "id", "carl", "path", 1))),

        // Communications, Systems Integrator. Silver: "2 individuals pass the exams or a certification", "1 of
        // the 2 individuals must pass the following assessment" (Skype Operations Framework); all either 70-334
        // and 70-333 OR MCSE: Productivity. Gold: 4, "2 of the 4 individuals must pass the following
        // assessment". Ana (MCSE + assessment) fills the assessment role, Ben (both exams) the other: silver.
        // Gold: only Ana has the assessment (1 of 2); Ben, Carl, Dina fill the other role (2 of 2): 3 of 4.
        argumentSet("Systems Integrator: only one of four has the Skype Operations Framework assessment, so gold is one short",
            PartnerInput.forOption("communications", "systems-integrator")
                .individual("ana", "MCSE-PRODUCTIVITY", "TA-SKYPE-OPERATIONS-FRAMEWORK")
                .individual("ben", "70-334", "70-333")
                .individual("carl", "MCSE-PRODUCTIVITY")
                .individual("dina", "70-334", "70-333"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.shortfall", 0),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ana", "role", 0, "path", 1),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1),
                holds(GOLD + "0.roles", "role", 0, "required", 2, "actual", 1, "met", false),
                holds(GOLD + "0.roles", "role", 1, "required", 2, "met", true))),

        // Data Analytics, Data Analytics Specialist. Silver: "1 individual pass all of the exams in any one of
        // the three focus areas … and the individual must pass an assessment" (Data Analytics Foundational).
        // Gold: 2. Ana has both Advanced Analytics exams and the assessment (path 1); Ben's 70-767 (Business
        // Intelligence) and 70-775 (Big Data) complete no focus area. Silver 1 of 1; gold 1 of 2: silver.
        argumentSet("Data Analytics Specialist: exams from two focus areas make no focus area, so gold is one short",
            PartnerInput.forOption("data-analytics", "data-analytics-specialist")
                .individual("ana", "70-773", "70-774", "TA-DATA-ANALYTICS-FOUNDATIONAL")
                .individual("ben", "70-767", "70-775", "TA-DATA-ANALYTICS-FOUNDATIONAL"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.actual", 1),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ana", "path", 1),
                is(GOLD + "0.required", 2), is(GOLD + "0.actual", 1), is(GOLD + "0.shortfall", 1))),

        // Data Analytics, Data Analytics Beginners. Gold: "4 individuals must pass the following assessment"
        // (Data Analytics Foundational) "AND the same 4 individuals must pass one of" Business Intelligence,
        // Advanced Analytics, Big Data. Four people with the foundational assessment and one of those; Eve has
        // only the Big Data one. Gold 4 of 4: gold.
        argumentSet("Data Analytics Beginners: four people with the foundational and a second assessment reach gold",
            PartnerInput.forOption("data-analytics", "data-analytics-beginners")
                .individual("ana", "TA-DATA-ANALYTICS-FOUNDATIONAL", "TA-BUSINESS-INTELLIGENCE")
                .individual("ben", "TA-DATA-ANALYTICS-FOUNDATIONAL", "TA-ADVANCED-ANALYTICS")
                .individual("carl", "TA-DATA-ANALYTICS-FOUNDATIONAL", "TA-BIG-DATA")
                .individual("dina", "TA-DATA-ANALYTICS-FOUNDATIONAL", "TA-BUSINESS-INTELLIGENCE")
                .individual("eve", "TA-BIG-DATA"),
            "gold", null, List.of(
                is(GOLD + "0.met", true), is(GOLD + "0.required", 4), is(GOLD + "0.actual", 4))),

        // Data Analytics, Power BI. Silver: "1 individual pass the required assessment" (Business Intelligence
        // for Data Analytics), then "Deploy 250 seats of Power BI and be attached as Partner of Record for Power
        // BI subscriptions". Gold: 2 individuals, 1,000 seats. The skill step comes first on the page. 999 seats
        // attached as Partner of Record; Fabrikam's 300 are not (NO_QUALIFYING_ASSOCIATION). Silver met; gold's
        // seats 999 of 1,000, short 1: silver, gold next.
        argumentSet("Power BI: 999 attached seats meet silver and are one seat short of gold",
            PartnerInput.forOption("data-analytics", "power-bi")
                .customer(customer("contoso", POWER_BI_POR).deployment(POWER_BI, 999))
                .customer(customer("fabrikam", DELEGATED_ADMIN).deployment(POWER_BI, 300))
                .individual("ana", "TA-BUSINESS-INTELLIGENCE")
                .individual("ben", "TA-BUSINESS-INTELLIGENCE"),
            "silver", "gold", List.of(
                is(SILVER + "0.__typename", "SkillResult"), is(SILVER + "0.met", true),
                is(SILVER + "1.__typename", "PerformanceResult"), is(SILVER + "1.met", true), is(SILVER + "1.required", 250),
                is(SILVER + "1.actual", 999),
                holds(SILVER + "1.excludedDeployments", "customerId", "fabrikam", "reason", "NO_QUALIFYING_ASSOCIATION"),
                is(GOLD + "0.met", true),
                is(GOLD + "1.required", 1000), is(GOLD + "1.actual", 999), is(GOLD + "1.shortfall", 1))),

        // Data Platform, Big Data. Silver: "2 individuals must pass the following assessment" (Data Platform &
        // Analytics Foundational) "AND the same 2 … one of" SQL Server, Data Warehouse, Azure Data Services.
        // Gold: 4. Ana and Ben have both; Carl lacks the foundational one, Dina the second. Silver 2 of 2;
        // gold 2 of 4: silver.
        argumentSet("Big Data: two people with both assessments meet silver; two half-done are not gold",
            PartnerInput.forOption("data-platform", "big-data")
                .individual("ana", "TA-DATA-PLATFORM-ANALYTICS-FOUNDATIONAL", "TA-SQL-SERVER")
                .individual("ben", "TA-DATA-PLATFORM-ANALYTICS-FOUNDATIONAL", "TA-AZURE-DATA-SERVICES")
                .individual("carl", "TA-DATA-WAREHOUSE")
                .individual("dina", "TA-DATA-PLATFORM-ANALYTICS-FOUNDATIONAL"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.actual", 2),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 2), is(GOLD + "0.shortfall", 2))),

        // Data Platform, SQL Server Specialist. Gold: "2 individuals pass all of the exams in any one of the two
        // focus areas: Database Administration OR Database Development, and the individuals must pass an
        // assessment". Ana: 70-762, 70-761, 70-473 and the assessment (Development, path 1); Ben: 70-764,
        // 70-765 and the assessment (Administration, path 0). Gold 2 of 2: gold.
        argumentSet("SQL Server Specialist: one person per focus area makes gold's two",
            PartnerInput.forOption("data-platform", "sql-server-specialist")
                .individual("ana", "70-762", "70-761", "70-473", "TA-DATA-PLATFORM-ANALYTICS-FOUNDATIONAL")
                .individual("ben", "70-764", "70-765", "TA-DATA-PLATFORM-ANALYTICS-FOUNDATIONAL"),
            "gold", null, List.of(
                is(GOLD + "0.met", true), is(GOLD + "0.actual", 2),
                holds(GOLD + "0.qualifiedIndividuals", "id", "ana", "path", 1),
                holds(GOLD + "0.qualifiedIndividuals", "id", "ben", "path", 0))),

        // Datacenter, Datacenter Solutions. Silver: "2 individuals pass any one of the exams" (System Center
        // 2012, Virtualization, Windows Server 2012, Windows Server 2016). Gold: "4 individuals must pass one of"
        // MCSA: Windows Server 2012, MCSA: Windows Server 2016. Ana (74-409, path 1), Ben (70-744, path 3):
        // silver. Three MCSA holders: gold 3 of 4: silver, gold next.
        argumentSet("Datacenter Solutions: two exams meet silver; three MCSAs are one short of gold",
            PartnerInput.forOption("datacenter", "datacenter-solutions")
                .individual("ana", "74-409")
                .individual("ben", "70-744")
                .individual("carl", "MCSA-WINDOWS-SERVER-2012")
                .individual("dina", "MCSA-WINDOWS-SERVER-2016")
                .individual("eve", "MCSA-WINDOWS-SERVER-2016"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.actual", 2),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ana", "path", 1),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ben", "path", 3),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1))),

        // DevOps, DevOps Partner. Silver: "2 individuals must each pass all the following exams" (70-496,
        // 70-498) "AND 1 of the same 2 individuals must pass one of" 70-497, PMI-ACP, PSM I, Certified Scrum
        // Master. Gold: 4, "2 of the same 4". All four have 70-496 and 70-498; only Ana has PMI-ACP. Silver:
        // Ana + one other, 2 of 2. Gold: the "also" role 1 of 2, the other 2 of 2: 3 of 4, short 1.
        argumentSet("DevOps Partner: one agile certification among four people is one short of gold",
            PartnerInput.forOption("devops", "devops-partner")
                .individual("ana", "70-496", "70-498", "PMI-ACP")
                .individual("ben", "70-496", "70-498")
                .individual("carl", "70-496", "70-498")
                .individual("dina", "70-496", "70-498"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.shortfall", 0),
                holds(SILVER + "0.qualifiedIndividuals", "id", "ana", "role", 0),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1),
                holds(GOLD + "0.roles", "role", 0, "required", 2, "actual", 1, "met", false),
                holds(GOLD + "0.roles", "role", 1, "required", 2, "met", true))),

        // Enterprise Mobility Management, Enterprise Partner. Silver: "Add 3 new Enterprise Mobility + Security
        // (EMS) customers and deploy 500 active entitlements" over Intune, Azure Information Protection, Azure
        // AD Premium "within the last 12 months"; "Trial or free seats are not applicable"; EMS associations.
        // 2 people with the EMS overview and one more assessment. Gold: 5 customers, 4000 entitlements, 4 people.
        // Window [2016-07-07, 2017-07-07]; a deployment is dated by its own date, else its customer's. New EMS
        // customers: Northwind (known since 2015, its first EMS deployment on 2017-02-01), Contoso (since
        // 2016-07-07, the window's first day), Litware (2017-07-07, asOf) = 3. Fabrikam has had Azure AD
        // Premium since 2015 and Adatum since 2016-07-06 (OUTSIDE_WINDOW); Tailspin's deployment has no date
        // (MISSING_DATE); Contoso's AADP trial is a TRIAL. Entitlements in the window: 150 + 150 + 200 = 500.
        // Silver met exactly; gold 3 of 5 customers, 500 of 4000 entitlements, 2 of 4 people: silver.
        argumentSet("EMS Enterprise Partner: three new EMS customers and 500 dated entitlements on the window's edges meet silver exactly",
            PartnerInput.forOption("enterprise-mobility-management", "enterprise-partner")
                .customer(customer("northwind", EMS_DELEGATED_ADMIN).since("2015-03-01").deploymentSince(INTUNE, 150, "2017-02-01"))
                .customer(customer("contoso", EMS_TRANSACTING).since("2016-07-07").deployment(INTUNE, 150).trial(AADP, 400))
                .customer(customer("litware", EMS_DPOR).since("2017-07-07").deployment(AIP, 200))
                .customer(customer("fabrikam", EMS_FAST_TRACK).since("2015-05-01").deployment(AADP, 100))
                .customer(customer("adatum", EMS_DELEGATED_ADMIN).since("2016-07-06").deployment(INTUNE, 1000))
                .customer(customer("tailspin", EMS_DELEGATED_ADMIN).deployment(INTUNE, 300))
                .individual("ana", "TA-EMS-OVERVIEW", "TA-MOBILE-DEVICE-MANAGEMENT")
                .individual("ben", "TA-EMS-OVERVIEW", "TA-CLOUD-APP-SECURITY"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true),
                is(SILVER + "0.metrics.0.metric", "NEW_CUSTOMERS"), is(SILVER + "0.metrics.0.required", 3), is(SILVER + "0.metrics.0.actual", 3),
                is(SILVER + "0.metrics.1.metric", "ACTIVE_ENTITLEMENTS"), is(SILVER + "0.metrics.1.required", 500),
                is(SILVER + "0.metrics.1.actual", 500),
                holds(SILVER + "0.excludedDeployments", "customerId", "fabrikam", "workload", AADP, "reason", "OUTSIDE_WINDOW"),
                holds(SILVER + "0.excludedDeployments", "customerId", "adatum", "workload", INTUNE, "reason", "OUTSIDE_WINDOW"),
                holds(SILVER + "0.excludedDeployments", "customerId", "tailspin", "workload", INTUNE, "reason", "MISSING_DATE"),
                holds(SILVER + "0.excludedDeployments", "customerId", "contoso", "workload", AADP, "reason", "TRIAL"),
                is(SILVER + "1.met", true),
                is(GOLD + "0.metrics.0.required", 5), is(GOLD + "0.metrics.0.shortfall", 2),
                is(GOLD + "0.metrics.1.required", 4000), is(GOLD + "0.metrics.1.shortfall", 3500),
                is(GOLD + "1.required", 4), is(GOLD + "1.shortfall", 2))),

        // Enterprise Mobility Management, SMB Partner. Silver: "Add 20 new … (EMS) customers and deploy 125
        // active entitlements" in the last 12 months, trials excluded; 2 people. Gold, as printed: "Add 5 new …
        // customers and deploy 4000 active entitlements"; 4 people. Nineteen customers since 2017-01-01 with 7
        // paid Intune seats each (133); a twentieth has only a trial, so it has no counted deployment and is not
        // a new customer. Silver: 19 of 20 customers (short 1), 133 of 125 seats: not met. Gold: 19 of 5
        // customers, 133 of 4000 seats: not met. Four qualified people meet both skill steps: no tier, silver
        // next.
        argumentSet("EMS SMB Partner: a trial-only customer is not new, leaving nineteen, one short of silver's twenty",
            smbPartner(),
            null, "silver", List.of(
                is(SILVER + "0.met", false),
                is(SILVER + "0.metrics.0.required", 20), is(SILVER + "0.metrics.0.actual", 19), is(SILVER + "0.metrics.0.shortfall", 1),
                is(SILVER + "0.metrics.1.required", 125), is(SILVER + "0.metrics.1.actual", 133), is(SILVER + "0.metrics.1.met", true),
                holds(SILVER + "0.excludedDeployments", "customerId", "smb-20", "reason", "TRIAL"),
                is(SILVER + "1.met", true),
                is(GOLD + "0.metrics.0.required", 5), is(GOLD + "0.metrics.0.met", true),
                is(GOLD + "0.metrics.1.required", 4000), is(GOLD + "0.metrics.1.shortfall", 3867),
                is(GOLD + "1.met", true))),

        // Enterprise Resource Planning, ERP Reseller. Silver: "a total annual gross license revenue of
        // US$75,000" (net new + renewal, 12 months, no association needed) over Dynamics AX, GP, SL, NAV, 365
        // Plan 2; "1 individual must pass MB6-890 AND another individual … MB6-892 AND another … MB6-893 AND
        // another … MB6-705 AND another … 70-462". Gold: US$175,000, the same five. Revenue: 50,000 (NAV, net
        // new) + 25,000 (GP, renewal) = 75,000, met exactly; the consumption line is not license revenue. Ana
        // holds MB6-890 and MB6-892 but is one person: she fills one slot; with Ben, Carl and Dina that is 4 of
        // 5. Silver's skill step is short 1, so no tier; silver next.
        argumentSet("ERP Reseller: one person holding two of the five exams fills one slot, so silver is one person short",
            PartnerInput.forOption("enterprise-resource-planning", "erp-reseller")
                .customer(customer("contoso")
                    .netNew(NAV, "2017-01-01", "50000")
                    .renewal(GP, "2016-11-11", "25000")
                    .consumption(NAV, "2017-02-02", "10000"))
                .individual("ana", "MB6-890", "MB6-892")
                .individual("ben", "MB6-893")
                .individual("carl", "MB6-705")
                .individual("dina", "70-462"),
            null, "silver", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.metrics.0.metric", "REVENUE"),
                is(SILVER + "0.required", 75000), is(SILVER + "0.actual", 75000),
                is(SILVER + "1.met", false), is(SILVER + "1.required", 5), is(SILVER + "1.actual", 4), is(SILVER + "1.shortfall", 1),
                holds(SILVER + "1.roles", "role", 2, "required", 1, "actual", 1, "met", true),
                holds(SILVER + "1.roles", "role", 3, "required", 1, "actual", 1, "met", true),
                holds(SILVER + "1.roles", "role", 4, "required", 1, "actual", 1, "met", true),
                is(GOLD + "0.required", 175000), is(GOLD + "0.shortfall", 100000),
                is(GOLD + "1.actual", 4))),

        // Messaging, Hybrid Services Partner. Silver: "2 individuals must each pass all the following exams"
        // (70-347, 70-345) "OR 2 individuals must pass the following certification" (MCSE: Productivity).
        // Gold: 4. Ana (exams), Ben (MCSE) and Carl (both, counted once) qualify; Dina has only 70-347.
        // Silver met; gold 3 of 4: silver.
        argumentSet("Hybrid Services Partner: someone with both paths counts once, leaving gold one short",
            PartnerInput.forOption("messaging", "hybrid-services-partner")
                .individual("ana", "70-347", "70-345")
                .individual("ben", "MCSE-PRODUCTIVITY")
                .individual("carl", "70-347", "70-345", "MCSE-PRODUCTIVITY")
                .individual("dina", "70-347"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 3), is(GOLD + "0.shortfall", 1))),

        // Project and Portfolio Management, Project and Portfolio Partner. Gold: "4 individuals must each pass
        // all the following exams" (74-343, 70-348) "AND 2 of the same 4 individuals must each pass the
        // following exam" (70-339). Four people with 74-343 and 70-348, two of them also 70-339: the 70-339
        // role 2 of 2, the other 2 of 2: gold.
        argumentSet("Project and Portfolio Partner: four people, two of them with 70-339, reach gold",
            PartnerInput.forOption("project-and-portfolio-management", "project-and-portfolio-partner")
                .individual("ana", "74-343", "70-348")
                .individual("ben", "74-343", "70-348")
                .individual("carl", "74-343", "70-348", "70-339")
                .individual("dina", "74-343", "70-348", "70-339"),
            "gold", null, List.of(
                is(GOLD + "0.met", true), is(GOLD + "0.required", 4), is(GOLD + "0.actual", 4),
                holds(GOLD + "0.roles", "role", 0, "required", 2, "actual", 2, "met", true),
                holds(GOLD + "0.qualifiedIndividuals", "id", "carl", "role", 0),
                holds(GOLD + "0.qualifiedIndividuals", "id", "dina", "role", 0))),

        // Small and Midmarket Cloud Solutions, O365 Services. Silver: "at least 4 net new Office 365 customers
        // in the last 12 months", associated as Office 365 Delegated Administrator, Transacting Partner or
        // Digital Partner of Record. Gold: 25, and "2 individuals must each pass" 70-347. Four customers since
        // dates in the window; Fabrikam's only association is Fast Track Partner, which this page does not
        // list; Adatum has been a customer since the day before the window. Silver 4 of 4; gold 4 of 25
        // (short 21) with its skill step met: silver.
        argumentSet("O365 Services: four net new customers meet silver; a Fast Track-only customer does not count here",
            PartnerInput.forOption("small-and-midmarket-cloud-solutions", "o365-services")
                .customer(customer("contoso", DELEGATED_ADMIN).since("2016-10-01").deployment(EXCHANGE, 25))
                .customer(customer("northwind", TRANSACTING_PARTNER).since("2017-01-01").deployment(SHAREPOINT, 25))
                .customer(customer("litware", DIGITAL_PARTNER_OF_RECORD).since("2017-03-01").deployment(PROPLUS, 25))
                .customer(customer("tailspin", DELEGATED_ADMIN).since("2017-06-01").deployment(EXCHANGE, 25))
                .customer(customer("fabrikam", FAST_TRACK_PARTNER).since("2017-02-01").deployment(EXCHANGE, 40))
                .customer(customer("adatum", DELEGATED_ADMIN).since("2016-07-06").deployment(EXCHANGE, 10))
                .individual("ana", "70-347")
                .individual("ben", "70-347"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.required", 4), is(SILVER + "0.actual", 4),
                holds(SILVER + "0.excludedDeployments", "customerId", "fabrikam", "reason", "NO_QUALIFYING_ASSOCIATION"),
                holds(SILVER + "0.excludedDeployments", "customerId", "adatum", "reason", "OUTSIDE_WINDOW"),
                is(GOLD + "0.required", 25), is(GOLD + "0.shortfall", 21),
                is(GOLD + "1.met", true))),

        // Windows and Devices, Service Partner, as of 2017-10-02. Gold: "4 individuals must each pass one of
        // the following exams" (70-354*, 70-355*, 70-357) "OR … the following assessment" (Windows 10
        // Deployment); "*Retiring September 30, 2017". A retired credential still counts (the page says
        // nothing else), with a CREDENTIAL_RETIRED notice for each counted one: 4 of 4, gold.
        argumentSet("Service Partner: exams retired two days earlier still count toward gold, with notices",
            PartnerInput.forOption("windows-and-devices", "service-partner").asOf("2017-10-02")
                .individual("ana", "70-354")
                .individual("ben", "TA-WINDOWS-10-DEPLOYMENT")
                .individual("carl", "70-357")
                .individual("dina", "70-355"),
            "gold", null, List.of(
                is("asOf", "2017-10-02"),
                is(GOLD + "0.met", true), is(GOLD + "0.actual", 4),
                holds(GOLD + "0.qualifiedIndividuals", "id", "ben", "path", 1),
                holds("notices", "code", "CREDENTIAL_RETIRED", "credential", new JsonObject().put("code", "70-354")),
                holds("notices", "code", "CREDENTIAL_RETIRED", "credential", new JsonObject().put("code", "70-355")))),

        // Windows and Devices, Device Partner. Silver: "2 individuals must each pass the following exam"
        // (70-734, System Builder) "OR … the following assessment" (IoT Device Builder). Gold: 4. Ana (70-734)
        // and Ben (the assessment) qualify; Carl's 70-357 belongs to the Service Partner option. Silver 2 of 2;
        // gold 2 of 4: silver.
        argumentSet("Device Partner: two people meet silver; an exam of another option does not help toward gold",
            PartnerInput.forOption("windows-and-devices", "device-partner")
                .individual("ana", "70-734")
                .individual("ben", "TA-IOT-DEVICE-BUILDER")
                .individual("carl", "70-357"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.actual", 2),
                is(GOLD + "0.required", 4), is(GOLD + "0.actual", 2), is(GOLD + "0.shortfall", 2))),

        // Windows and Devices, Surface Hub. Silver: "Partner must have shipped 12 devices in the TTM period" and
        // "must also be an authorized Surface Hub ADR"; 2 people with the Surface Hub assessment. Gold: "52
        // devices"; 4 people with the assessment AND one of 70-347, 70-334, 70-398, 70-697. Shipments in
        // [2016-07-07, 2017-07-07]: 30 on the first day + 21 on asOf = 51; 10 the day before and 5 the day
        // after are outside. The partner holds SURFACE_HUB_ADR. Silver met; gold 51 of 52 devices (short 1),
        // its skill step met: silver.
        argumentSet("Surface Hub: 51 devices shipped in the window meet silver and are one device short of gold",
            PartnerInput.forOption("windows-and-devices", "surface-hub")
                .shipment(SURFACE_HUB, "2016-07-07", 30)
                .shipment(SURFACE_HUB, "2017-07-07", 21)
                .shipment(SURFACE_HUB, "2016-07-06", 10)
                .shipment(SURFACE_HUB, "2017-07-08", 5)
                .authorization(SURFACE_HUB_ADR)
                .individual("ana", "TA-SURFACE-HUB", "70-347")
                .individual("ben", "TA-SURFACE-HUB", "70-334")
                .individual("carl", "TA-SURFACE-HUB", "70-398")
                .individual("dina", "TA-SURFACE-HUB", "70-697"),
            "silver", "gold", List.of(
                is(SILVER + "0.met", true), is(SILVER + "0.metrics.0.metric", "DEVICES_SHIPPED"), is(SILVER + "0.metrics.0.unit", "COUNT"),
                is(SILVER + "0.required", 12), is(SILVER + "0.actual", 51), is(SILVER + "0.missingAuthorizations", new JsonArray()),
                is(SILVER + "1.met", true),
                is(GOLD + "0.required", 52), is(GOLD + "0.actual", 51), is(GOLD + "0.shortfall", 1),
                is(GOLD + "1.met", true), is(GOLD + "1.actual", 4))));
  }

  @ParameterizedTest
  @MethodSource("partners")
  void aPartnerAtTheBoundaryGetsTheVerdictWorkedOutFromThePage(PartnerInput partner, String achieved, String next, List<Check> checks) {
    JsonObject evaluation = evaluate(partner);

    List<Executable> assertions = new ArrayList<>();
    assertions.add(() -> assertEquals(List.of("silver", "gold"), List.of(at(evaluation, "tiers.0.tier.slug"), at(evaluation, "tiers.1.tier.slug"))));
    assertions.add(() -> assertEquals(achieved, at(evaluation, "achievedTier.slug"), () -> "achievedTier in " + evaluation.encodePrettily()));
    assertions.add(() -> assertEquals(next, at(evaluation, "nextTier.slug"), () -> "nextTier in " + evaluation.encodePrettily()));
    checks.forEach(check -> assertions.add(() -> check.verify(evaluation)));
    assertAll(assertions);
  }

  @Test
  void everyOptionOfTheBundledCatalogHasARow() {
    Response response = server.client().query("{ competencies(first: 100) { edges { node { slug options { slug } } } } }").post();
    List<String> options = new ArrayList<>();
    for (Object edge : response.dataList("competencies.edges")) {
      JsonObject competency = ((JsonObject) edge).getJsonObject("node");
      competency.getJsonArray("options").forEach(o -> options.add(competency.getString("slug") + "/" + ((JsonObject) o).getString("slug")));
    }
    List<String> rows = partners().map(arguments -> arguments.get()[0].toString()).sorted().toList();

    assertEquals(options.stream().sorted().toList(), rows);
  }

  /** Nineteen new SMB customers with 7 paid Intune seats each, a twentieth with a trial only, four assessed people. */
  private static PartnerInput smbPartner() {
    PartnerInput partner = PartnerInput.forOption("enterprise-mobility-management", "smb-partner");
    for (int i = 1; i <= 19; i++) {
      partner.customer(customer(String.format("smb-%02d", i), EMS_DELEGATED_ADMIN).since("2017-01-01").deployment(INTUNE, 7));
    }
    return partner
        .customer(customer("smb-20", EMS_DELEGATED_ADMIN).since("2017-01-01").trial(INTUNE, 50))
        .individuals(4, "engineer", "TA-EMS-OVERVIEW", "TA-INFORMATION-PROTECTION");
  }

  private static JsonObject evaluate(PartnerInput partner) {
    Response response = server.client().query(EVALUATE).variables(Map.of("input", partner.input())).bearer(INTEGRATOR_SECRET).post()
        .assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"), response::toString);
    Object evaluation = response.data("evaluate.evaluation");
    assertTrue(evaluation instanceof JsonObject, response::toString);
    return (JsonObject) evaluation;
  }

  /** One expected figure of an evaluation. */
  interface Check {
    void verify(JsonObject evaluation);
  }

  /** The value at a dotted path equals {@code expected}. */
  private static Check is(String path, Object expected) {
    return evaluation -> assertEquals(expected, at(evaluation, path), () -> path + " in " + evaluation.encodePrettily());
  }

  /** The decimal at a dotted path equals {@code expected} numerically (100000.5 = 100000.50). */
  private static Check amountIs(String path, String expected) {
    return evaluation -> {
      Object actual = at(evaluation, path);
      assertTrue(actual != null && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0,
          () -> path + " is " + actual + ", expected " + expected + " in " + evaluation.encodePrettily());
    };
  }

  /** The list at a dotted path holds an element with these fields (and maybe others). */
  private static Check holds(String path, Object... fieldsAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return evaluation -> {
      Object list = at(evaluation, path);
      boolean found = list instanceof JsonArray array && array.stream()
          .anyMatch(e -> e instanceof JsonObject o && fields.entrySet().stream().allMatch(f -> f.getValue().equals(o.getValue(f.getKey()))));
      assertTrue(found, () -> path + " holds no " + fields + " in " + evaluation.encodePrettily());
    };
  }

  private static Object at(JsonObject evaluation, String path) {
    return Response.at(evaluation, path);
  }
}

package com.crewbid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CrewbidApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrewbidApplication.class, args);
  }
}
